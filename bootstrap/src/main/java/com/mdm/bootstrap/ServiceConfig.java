package com.mdm.bootstrap;

import com.mdm.adapter.in.nats.NatsListenerSettings;
import com.mdm.application.service.BatchSettings;
import com.mdm.application.service.metadata.MetadataSettings;
import com.mdm.decoder.binance.DecoderLimits;
import java.time.Duration;

/**
 * The whole service configuration, validated; built from the environment by {@link ConfigLoader}.
 */
public record ServiceConfig(
    String natsUrl,
    NatsSecurity natsSecurity,
    NatsListenerSettings nats,
    MongoConfig mongo,
    MysqlConfig mysql,
    BatchSettings batch,
    DecoderLimits decoder,
    MetadataSettings metadata,
    int metadataQueueCapacity,
    AuditConfig audit,
    ApiConfig api,
    BackfillConfig backfill,
    String logLevel,
    Duration shutdownTimeout,
    FeedConfig feed) {}
