package com.mdm.bootstrap;

import jakarta.inject.Qualifier;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** Marks the provider that opens a new NATS connection; everything else shares one. */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@interface Connecting {}
