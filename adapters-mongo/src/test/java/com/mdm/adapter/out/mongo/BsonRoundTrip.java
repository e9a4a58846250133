package com.mdm.adapter.out.mongo;

import org.bson.BsonDocumentReader;
import org.bson.Document;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.DocumentCodec;

/** Passes a document through BSON and back, as storing and reading it would. */
final class BsonRoundTrip {

  private BsonRoundTrip() {}

  static Document of(Document document) {
    return new DocumentCodec()
        .decode(
            new BsonDocumentReader(document.toBsonDocument()), DecoderContext.builder().build());
  }
}
