package kb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import kb.accounts.AccountService;
import kb.accounts.LoginOutcome;
import kb.accounts.Role;

/** Checks credentials against the accounts table; the account's roles become its groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

  @Inject AccountService accounts;

  @Inject LoginAttempt attempt;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    LoginOutcome outcome =
        accounts.authenticate(credential.getCaller(), credential.getPasswordAsString());
    attempt.record(outcome);
    if (outcome instanceof LoginOutcome.Success success) {
      return new CredentialValidationResult(
          success.username(), success.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
    return CredentialValidationResult.INVALID_RESULT;
  }
}
