package org.villageplanner.domain;

/** The four kinds of cluster alliance (片区组团) in Zhejiang practice. */
public enum ClusterType {
    /** 强弱帮带: a strong village leads weak ones. */
    STRONG_HELPS_WEAK,
    /** 互补分工: villages with different resources divide the work. */
    COMPLEMENTARY,
    /** 资源整合: villages pool a shared resource or service (tidal flats, sanitation). */
    RESOURCE_POOLING,
    /** 飞地抱团: villages invest together in an asset outside their own land. */
    ENCLAVE;

    public String label() {
        return Messages.get("core.clusterType." + name());
    }

    /** The label in {@code language} (a plan exported in another language than the session's). */
    public String label(Language language) {
        return language.text("core.clusterType." + name());
    }

    public static ClusterType parse(String text, String where) {
        return Enums.parse(ClusterType.class, text, where, "type");
    }
}
