package kb.accounts;

/**
 * Where a sign-in comes from, as the web tier saw it.
 *
 * @param address the client's address (behind a configured proxy, the one the proxy reported)
 * @param deviceToken the token a browser that signed in before presents, or null
 * @param local whether the request came straight from this machine (loopback, no proxy headers)
 */
public record SignInClient(String address, String deviceToken, boolean local) {}
