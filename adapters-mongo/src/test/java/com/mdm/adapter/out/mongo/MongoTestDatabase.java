package com.mdm.adapter.out.mongo;

import com.mdm.testsupport.TestServices;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** A database of its own for one test class, on the MongoDB the test-support helper provides. */
final class MongoTestDatabase implements AutoCloseable {

  private final MongoClient client;
  private final MongoDatabase database;

  MongoTestDatabase() {
    client = MongoClients.create(TestServices.mongoUri());
    database = client.getDatabase(TestServices.uniqueName("mdm"));
  }

  MongoDatabase database() {
    return database;
  }

  String name() {
    return database.getName();
  }

  List<Document> documents(String collection) {
    return Flux.from(database.getCollection(collection).find()).collectList().block();
  }

  Document document(String collection, Object id) {
    return Mono.from(database.getCollection(collection).find(new Document("_id", id)).first())
        .block();
  }

  List<Document> indexes(String collection) {
    return Flux.from(database.getCollection(collection).listIndexes()).collectList().block();
  }

  List<String> collections() {
    return new ArrayList<>(Flux.from(database.listCollectionNames()).collectList().block());
  }

  @Override
  public void close() {
    try {
      Mono.from(database.drop()).block();
    } finally {
      client.close();
    }
  }
}
