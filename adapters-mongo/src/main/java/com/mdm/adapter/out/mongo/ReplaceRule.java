package com.mdm.adapter.out.mongo;

import java.util.function.BiPredicate;
import java.util.function.Function;
import org.bson.conversions.Bson;

/**
 * How a record of an updatable series replaces the stored one with the same {@code _id}.
 *
 * @param replaceable the filter (including {@code _id}) matching a stored document this record may
 *     replace; when a document with the id exists but does not match, the upsert fails with a
 *     duplicate key and the stored document stays
 * @param supersedes whether the first record wins over the second when both share an id in one
 *     batch; must agree with {@code replaceable}
 */
record ReplaceRule<T>(Function<T, Bson> replaceable, BiPredicate<T, T> supersedes) {}
