package kb.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kb.api.shared.ApiErrors;

/**
 * One mechanism for both kinds of client: scripts send HTTP Basic on every call to {@code /api},
 * browsers sign in once through the login page (which calls {@code SecurityContext.authenticate})
 * and keep the session. Jakarta Security allows one mechanism per application, hence one class.
 */
@ApplicationScoped
@AutoApplySession
public class KbAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Inject IdentityStoreHandler identityStores;

  @Inject ApiErrors apiErrors;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    UsernamePasswordCredential basic = basicCredential(request);
    if (basic != null) {
      CredentialValidationResult result = identityStores.validate(basic);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return refuse(request, response, context, true);
    }
    if (context.isAuthenticationRequest()) {
      Credential credential = context.getAuthParameters().getCredential();
      if (credential == null) {
        return context.doNothing();
      }
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (context.isProtected()) {
      return refuse(request, response, context, false);
    }
    return context.doNothing();
  }

  private AuthenticationStatus refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      boolean badCredentials) {
    try {
      if (isApi(request)) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"kb\", charset=\"UTF-8\"");
        apiErrors.write(response, 401, badCredentials ? "auth.failed" : "auth.required");
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
