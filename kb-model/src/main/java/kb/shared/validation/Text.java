package kb.shared.validation;

import java.text.Normalizer;

/** Input clean-up every form shares: Unicode normalisation and control characters out. */
public final class Text {

  private Text() {}

  /**
   * NFC-normalises, strips control characters other than line breaks and tabs, and trims. Null
   * becomes the empty string so that validation can report "required" uniformly.
   */
  public static String clean(String raw) {
    if (raw == null) {
      return "";
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints()
        .filter(cp -> cp == '\n' || cp == '\t' || !Character.isISOControl(cp))
        .filter(cp -> Character.getType(cp) != Character.SURROGATE)
        .forEach(out::appendCodePoint);
    return out.toString().strip();
  }
}
