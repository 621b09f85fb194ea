package kb.api.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import kb.accounts.AccountService;
import kb.accounts.AccountView;
import kb.accounts.EmailVerifications;
import kb.accounts.Registration;
import kb.api.shared.Callers;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.web.shared.AccountMail;

/** Registration ({@code POST /accounts}) and the caller's own account ({@code GET /me}). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

  /** The body of {@code POST /accounts}. */
  public record NewAccount(String username, String email, String password, String locale) {}

  /** What the API shows of an account to its owner. */
  public record Me(
      String username,
      String displayName,
      String email,
      String locale,
      java.util.Set<String> roles,
      boolean emailVerified) {
    static Me of(AccountView a) {
      return new Me(
          a.username(),
          a.displayName(),
          a.email(),
          a.locale(),
          a.roles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()),
          a.emailVerified());
    }
  }

  /** The body of {@code POST /accounts/email-verification/confirm}. */
  public record Token(String token) {}

  @Inject AccountService accounts;
  @Inject AccountMail mail;
  @Inject EmailVerifications verifications;
  @Context HttpServletRequest request;

  @POST
  @Path("accounts")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(NewAccount body) {
    if (body == null) {
      throw new InvalidInput("body", "error.bodyRequired");
    }
    boolean confirm = mail.confirmationNeeded(request);
    AccountView created =
        accounts.register(
            new Registration(body.username(), body.email(), body.password(), body.locale()),
            confirm);
    if (confirm) {
      mail.confirmEmail(created.username());
    }
    return Response.created(URI.create("users/" + created.username()))
        .entity(Me.of(created))
        .build();
  }

  @GET
  @Path("me")
  public Me me(@Context SecurityContext security) {
    if (security.getUserPrincipal() == null) {
      throw new jakarta.ws.rs.NotAuthorizedException("Basic realm=\"kb\"");
    }
    return accounts
        .find(security.getUserPrincipal().getName())
        .map(Me::of)
        .orElseThrow(() -> new NotFound("account.notFound"));
  }

  /** Ends every session of the caller, browsers and remembered HTTP Basic checks alike. */
  @POST
  @Path("me/sign-out-everywhere")
  public Response signOutEverywhere(@Context SecurityContext security) {
    accounts.signOutEverywhere(Callers.signedIn(security));
    return Response.noContent().build();
  }

  /** Mails the caller a new link to confirm their address (202; nothing when it is confirmed). */
  @POST
  @Path("me/email-verification")
  public Response resendConfirmation(@Context SecurityContext security) {
    mail.confirmEmail(Callers.signedIn(security));
    return Response.accepted().build();
  }

  /** Confirms an address with the mailed link's token (204). */
  @POST
  @Path("accounts/email-verification/confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response confirmEmail(Token body) {
    verifications.confirm(body == null ? null : body.token());
    return Response.noContent().build();
  }
}
