/**
 * Outbound adapter storing market-data series in MongoDB through the reactive-streams driver.
 *
 * <p>One collection per series ({@code SeriesKey.collectionName()}), keyed by each record's natural
 * id so that a redelivered record is a duplicate, never a second copy. Decimals are stored as
 * Decimal128 (exact, scale kept) and times as BSON dates (UTC, milliseconds). {@link
 * com.mdm.adapter.out.mongo.MongoSeriesStore} holds one generic repository per series type, driven
 * by the codec of its {@code *Mapper}, which documents the shape of its collection; {@link
 * com.mdm.adapter.out.mongo.MongoStorageConfig} holds the settings. Reactor stays inside this
 * package: writes return {@code CompletableFuture}, reads block up to the query timeout.
 */
package com.mdm.adapter.out.mongo;
