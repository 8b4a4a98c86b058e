package io.github.dvckpi.testing;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Strict XML parsing for the tests of the markup renderings (SVG, and HTML written as well-formed
 * XML): a rendering that does not parse fails the test with the parser's message.
 */
public final class Xml {

  static {
    // the tests run inside the library's module, which does not read java.xml itself
    Module self = Xml.class.getModule();
    ModuleLayer.boot().findModule("java.xml").ifPresent(self::addReads);
  }

  private Xml() {}

  /**
   * Parses a document, namespace-aware, with no DTD or external entity loaded.
   *
   * @param text the document
   * @return the DOM
   * @throws IllegalArgumentException with the parser's message if it is not well-formed
   */
  public static Document parse(String text) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      return builder.parse(new InputSource(new StringReader(text)));
    } catch (SAXException e) {
      throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
