package kb.api.accounts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kb.accounts.PasswordResets;
import kb.api.shared.ApiErrors;
import kb.shared.validation.InvalidInput;
import kb.web.shared.AccountMail;
import kb.web.shared.ClientAddress;

/**
 * Password reset by email: {@code POST /accounts/password-reset {email}} answers 202 whether or not
 * an account uses the address (the link goes only to one that does); {@code POST
 * /accounts/password-reset/confirm {token, password}} sets the new password (204) and ends every
 * open session of the account.
 */
@Path("accounts/password-reset")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

  public record Ask(String email) {}

  public record Confirm(String token, String password) {}

  @Inject AccountMail mail;
  @Inject PasswordResets resets;
  @Inject ApiErrors errors;
  @Context HttpServletRequest request;

  @POST
  public Response ask(Ask body) {
    if (body == null || body.email() == null || body.email().isBlank()) {
      throw new InvalidInput("email", "account.email.required");
    }
    String address = ClientAddress.of(request);
    return switch (mail.request(body.email(), address, ClientAddress.local(request))) {
      case SENT_IF_KNOWN -> answer(202, "reset.sent");
      case MAIL_OFF -> answer(409, "reset.mailOff");
      case TOO_MANY ->
          Response.fromResponse(answer(429, "reset.tooMany"))
              .header("Retry-After", mail.secondsToWait(address))
              .build();
    };
  }

  @POST
  @Path("confirm")
  public Response confirm(Confirm body) {
    if (body == null) {
      throw new InvalidInput("password", "error.badJson");
    }
    mail.passwordChanged(resets.reset(body.token(), body.password(), ClientAddress.of(request)));
    return Response.noContent().build();
  }

  private Response answer(int status, String key) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(errors.body(status, null, key, List.of()))
        .build();
  }
}
