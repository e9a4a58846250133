package com.mdm.adapter.out.binance;

import java.time.Duration;

/** Waits; replaced in tests by one that moves a fake clock. */
@FunctionalInterface
interface Sleeper {

  Sleeper SYSTEM = duration -> Thread.sleep(duration);

  void sleep(Duration duration) throws InterruptedException;
}
