package com.mdm.bootstrap;

import com.mdm.adapter.out.binance.BinanceRestSettings;
import com.mdm.application.service.backfill.AutoRepairSettings;
import com.mdm.application.service.backfill.BackfillSettings;

/** Whether this replica runs backfill jobs and repairs gaps, and how it talks to Binance. */
public record BackfillConfig(
    boolean enabled,
    boolean autoRepair,
    BinanceRestSettings binance,
    BackfillSettings worker,
    AutoRepairSettings repair) {}
