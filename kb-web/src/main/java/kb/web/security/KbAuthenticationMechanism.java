package kb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import kb.accounts.AccountService;
import kb.accounts.LoginOutcome;
import kb.accounts.Role;
import kb.accounts.SignInClient;
import kb.api.shared.ApiErrors;
import kb.web.shared.ClientAddress;

/**
 * One mechanism for both kinds of client: scripts send HTTP Basic on every call to {@code /api},
 * browsers sign in once through the login page (which calls {@code SecurityContext.authenticate})
 * and keep the session ({@link SignedIn}, checked against the account's epoch on every request).
 * Jakarta Security allows one mechanism per application, hence one class.
 *
 * <p>Every password check goes through {@link SignInGuard} (per-address failure budget, a bounded
 * number of hashes at once) and {@link AccountService#authenticate} (per-account delay that the
 * owner's browser and address skip, demo passwords only from this machine).
 */
@ApplicationScoped
public class KbAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject AccountService accounts;

  @Inject SignInGuard guard;

  @Inject BasicSignIns basicSignIns;

  @Inject LoginAttempt attempt;

  @Inject ApiErrors apiErrors;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    UsernamePasswordCredential basic = basicCredential(request);
    if (basic != null) {
      if (signIn(basic, request, true) instanceof LoginOutcome.Success success) {
        return login(context, success);
      }
      return refuse(request, response, context, true);
    }
    if (context.isAuthenticationRequest()) {
      if (!(context.getAuthParameters().getCredential()
          instanceof UsernamePasswordCredential credential)) {
        return context.doNothing();
      }
      if (signIn(credential, request, false) instanceof LoginOutcome.Success success) {
        new SignedIn(success.username(), groups(success), success.sessionEpoch())
            .store(request.getSession());
        DeviceCookie.write(request, response, success.username(), success.deviceToken());
        return login(context, success);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    HttpSession session = request.getSession(false);
    SignedIn signedIn = SignedIn.of(session);
    if (signedIn != null) {
      if (accounts.sessionEpoch(signedIn.username()).orElse(-1L) == signedIn.epoch()) {
        return context.notifyContainerAboutLogin(signedIn.username(), signedIn.groups());
      }
      session.invalidate();
      return ended(request, response, context);
    }
    if (context.isProtected()) {
      return refuse(request, response, context, false);
    }
    return context.doNothing();
  }

  /** The session's account changed since it signed in: tell the person, and sign in again. */
  private AuthenticationStatus ended(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      if (isApi(request)) {
        apiErrors.write(response, 401, "auth.sessionEnded");
        return AuthenticationStatus.SEND_FAILURE;
      }
      response.sendRedirect(request.getContextPath() + "/login.xhtml?ended=true");
      return AuthenticationStatus.SEND_CONTINUE;
    } catch (IOException e) {
      return context.responseUnauthorized();
    }
  }

  /** Checks the credential, or refuses without a check; the outcome is also in {@link #attempt}. */
  private LoginOutcome signIn(
      UsernamePasswordCredential credential, HttpServletRequest request, boolean basic) {
    String address = ClientAddress.of(request);
    boolean local = ClientAddress.local(request);
    // This machine's own scripts are not budgeted: behind a proxy nothing is local (see README).
    long wait = local ? 0 : guard.secondsToWait(address);
    if (wait > 0) {
      attempt.addressMustWait(wait);
      return null;
    }
    String username = credential.getCaller();
    String password = credential.getPasswordAsString();
    SignInClient client = new SignInClient(address, DeviceCookie.read(request, username), local);
    if (basic) {
      LoginOutcome.Success known = basicSignIns.recall(username, password, client);
      if (known != null) {
        if (accounts.sessionEpoch(known.username()).orElse(-1L) == known.sessionEpoch()) {
          attempt.record(known);
          return known;
        }
        basicSignIns.forget(username, password, client);
      }
    }
    LoginOutcome[] outcome = new LoginOutcome[1];
    if (!guard.check(() -> outcome[0] = accounts.authenticate(username, password, client))) {
      attempt.busy();
      return null;
    }
    attempt.record(outcome[0]);
    if (outcome[0] instanceof LoginOutcome.Success success) {
      if (basic) {
        basicSignIns.remember(username, password, client, success);
      }
    } else if (!local && !(outcome[0] instanceof LoginOutcome.DemoElsewhere)) {
      guard.failed(address);
    }
    return outcome[0];
  }

  private static AuthenticationStatus login(
      HttpMessageContext context, LoginOutcome.Success success) {
    return context.notifyContainerAboutLogin(success.username(), groups(success));
  }

  private static Set<String> groups(LoginOutcome.Success success) {
    return success.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
  }

  private AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      boolean badCredentials) {
    try {
      if (isApi(request)) {
        if (attempt.wasBusy()) {
          response.setHeader("Retry-After", String.valueOf(SignInGuard.WAIT_SECONDS));
          apiErrors.write(response, 503, "login.busy");
        } else if (attempt.addressWaitSeconds() > 0) {
          response.setHeader("Retry-After", String.valueOf(attempt.addressWaitSeconds()));
          apiErrors.write(response, 429, "login.throttled", attempt.addressWaitSeconds());
        } else {
          response.setHeader("WWW-Authenticate", "Basic realm=\"kb\", charset=\"UTF-8\"");
          apiErrors.write(
              response,
              401,
              !badCredentials
                  ? "auth.required"
                  : attempt.outcome() instanceof LoginOutcome.DemoElsewhere
                      ? "login.demoElsewhere"
                      : "auth.failed");
        }
        return AuthenticationStatus.SEND_FAILURE;
      }
      String next = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        next += "?" + request.getQueryString();
      }
      response.sendRedirect(
          request.getContextPath()
              + "/login.xhtml?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8));
      return AuthenticationStatus.SEND_CONTINUE;
    } catch (IOException e) {
      return context.responseUnauthorized();
    }
  }

  static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static UsernamePasswordCredential basicCredential(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return new UsernamePasswordCredential(decoded, "");
      }
      return new UsernamePasswordCredential(
          decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return new UsernamePasswordCredential("", "");
    }
  }
}
