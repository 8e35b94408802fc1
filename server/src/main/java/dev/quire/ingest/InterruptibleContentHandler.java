package dev.quire.ingest;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Lets a timed-out Tika parse stop at its next SAX event instead of running to the end. */
final class InterruptibleContentHandler extends ContentHandlerDecorator {

    InterruptibleContentHandler(ContentHandler delegate) {
        super(delegate);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        Interruption.check();
        super.startElement(uri, localName, name, atts);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        Interruption.check();
        super.characters(ch, start, length);
    }
}
