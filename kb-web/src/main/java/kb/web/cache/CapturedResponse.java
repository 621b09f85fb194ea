package kb.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A response whose body is kept in memory instead of sent, so the page cache can store it; errors,
 * redirects and headers go straight to the real response, and such responses are never stored.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

  private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
  private ServletOutputStream stream;
  private PrintWriter writer;
  private int status = SC_OK;
  private boolean passedOn;

  CapturedResponse(HttpServletResponse response) {
    super(response);
  }

  /** The status, and whether the body is ours to send (no error or redirect went out). */
  boolean storable() {
    return status == SC_OK && !passedOn;
  }

  byte[] body() {
    if (writer != null) {
      writer.flush();
    }
    return body.toByteArray();
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    super.setStatus(sc);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    status = sc;
    passedOn = true;
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    status = sc;
    passedOn = true;
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    status = SC_FOUND;
    passedOn = true;
    super.sendRedirect(location);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              body.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              body.write(b, off, len);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              // memory is always ready: the listener may write at once
              try {
                listener.onWritePossible();
              } catch (IOException e) {
                listener.onError(e);
              }
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      String name = getCharacterEncoding();
      Charset charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
    }
    return writer;
  }

  @Override
  public void flushBuffer() {
    // nothing is sent before the page is complete
  }

  @Override
  public boolean isCommitted() {
    return passedOn;
  }

  @Override
  public void resetBuffer() {
    body.reset();
  }

  @Override
  public void reset() {
    body.reset();
    super.reset();
  }

  @Override
  public void setContentLength(int len) {
    // set when the page is sent
  }

  @Override
  public void setContentLengthLong(long len) {
    // set when the page is sent
  }
}
