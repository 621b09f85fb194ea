package kb.accounts;

/** What a visitor types to open an account. */
public record Registration(String username, String email, String password, String locale) {}
