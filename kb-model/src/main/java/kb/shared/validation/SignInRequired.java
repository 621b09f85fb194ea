package kb.shared.validation;

/** Thrown when nobody is signed in and the action needs an account: 401 rather than 403. */
public class SignInRequired extends Forbidden {

  public SignInRequired() {
    super("access.signIn");
  }
}
