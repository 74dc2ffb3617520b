package org.corkboard.setting.entity;

/** A setting was changed or reset here, announced inside the change's transaction. */
public record SettingChanged(RuntimeSetting setting) {}
