package kb.api.shared;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import kb.shared.validation.Conflict;
import kb.shared.validation.Forbidden;
import kb.shared.validation.InvalidInput;
import kb.shared.validation.NotFound;
import kb.shared.validation.SignInRequired;

/**
 * Every failure the API can meet, answered as a JSON error with a readable message: the domain's
 * own failures with their 4xx codes, malformed requests as 400, and anything unexpected as a plain
 * 500 that is logged but never shows a stack trace.
 */
public final class ErrorMappers {

  private ErrorMappers() {}

  static Response json(int status, JsonObject body) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  @Provider
  public static class InvalidInputMapper implements ExceptionMapper<InvalidInput> {
    @Inject ApiErrors errors;

    InvalidInputMapper withErrors(ApiErrors errors) {
      this.errors = errors;
      return this;
    }

    @Override
    public Response toResponse(InvalidInput e) {
      return json(400, errors.body(400, e.field(), e.messageKey(), e.arguments()));
    }
  }

  @Provider
  public static class NotFoundMapper implements ExceptionMapper<NotFound> {
    @Inject ApiErrors errors;

    @Override
    public Response toResponse(NotFound e) {
      return json(404, errors.body(404, null, e.messageKey(), List.of()));
    }
  }

  @Provider
  public static class ForbiddenMapper implements ExceptionMapper<Forbidden> {
    @Inject ApiErrors errors;

    @Override
    public Response toResponse(Forbidden e) {
      if (e instanceof SignInRequired) {
        return Response.status(401)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .header("WWW-Authenticate", "Basic realm=\"kb\"")
            .entity(errors.body(401, null, e.messageKey(), e.arguments()))
            .build();
      }
      return json(403, errors.body(403, null, e.messageKey(), e.arguments()));
    }
  }

  @Provider
  public static class ConflictMapper implements ExceptionMapper<Conflict> {
    @Inject ApiErrors errors;

    @Override
    public Response toResponse(Conflict e) {
      return json(409, errors.body(409, null, e.messageKey(), List.of()));
    }
  }

  @Provider
  public static class PersistenceMapper implements ExceptionMapper<PersistenceException> {
    @Inject ApiErrors errors;

    @Override
    public Response toResponse(PersistenceException e) {
      String key = e instanceof OptimisticLockException ? "error.stale" : "error.concurrent";
      return json(409, errors.body(409, null, key, List.of()));
    }
  }

  @Provider
  public static class JsonMapper implements ExceptionMapper<JsonbException> {
    @Inject ApiErrors errors;

    @Override
    public Response toResponse(JsonbException e) {
      return json(400, errors.body(400, null, "error.badJson", List.of()));
    }
  }

  @Provider
  public static class ProcessingMapper implements ExceptionMapper<ProcessingException> {
    @Inject ApiErrors errors;

    @Override
    public Response toResponse(ProcessingException e) {
      return json(400, errors.body(400, null, "error.badJson", List.of()));
    }
  }

  @Provider
  public static class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {
    @Inject ApiErrors errors;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String key =
          switch (status) {
            case 400 -> "error.badRequest";
            case 401 -> "auth.required";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 406, 415 -> "error.mediaType";
            default -> status >= 500 ? "error.internal" : "error.badRequest";
          };
      return json(status, errors.body(status, null, key, List.of()));
    }
  }

  @Provider
  public static class UnexpectedMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedMapper.class.getName());
    @Inject ApiErrors errors;

    @Override
    public Response toResponse(Throwable e) {
      Throwable cause = e;
      while (cause.getCause() != null && cause != cause.getCause()) {
        if (cause instanceof InvalidInput
            || cause instanceof Conflict
            || cause instanceof NotFound
            || cause instanceof Forbidden) {
          break;
        }
        cause = cause.getCause();
      }
      if (cause instanceof InvalidInput i) {
        return new InvalidInputMapper().withErrors(errors).toResponse(i);
      }
      if (cause instanceof Conflict || cause instanceof OptimisticLockException) {
        return json(409, errors.body(409, null, "error.stale", List.of()));
      }
      LOG.log(Level.SEVERE, "Unexpected failure in the API", e);
      return json(500, errors.body(500, null, "error.internal", List.of()));
    }
  }
}
