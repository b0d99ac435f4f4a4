package org.villageplanner.domain;

/** Legal form of a cluster's joint entity: 强村公司 (COMPANY) or 联合社 (COOPERATIVE). */
public enum EntityForm {
    COMPANY, COOPERATIVE;

    public String label() {
        return Messages.get("core.entityForm." + name());
    }

    /** The label in {@code language} (a plan exported in another language than the session's). */
    public String label(Language language) {
        return language.text("core.entityForm." + name());
    }
}
