package com.mdm.adapter.out.mysql;

/** How many hours of a dataset are certified in one state. */
public record StateCountRow(String state, long hours) {}
