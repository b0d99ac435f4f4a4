package org.villageplanner.domain;

/** The cluster's joint company or cooperative; {@code incomeTaxRate} is a fraction of taxable profit. */
public record JointEntity(String name, EntityForm form, double incomeTaxRate) {
    public JointEntity {
        name = name == null ? "" : name.strip();
        form = form == null ? EntityForm.COMPANY : form;
        Check.fraction(incomeTaxRate, name.isEmpty() ? "entity" : name, "incomeTaxRate");
    }

    public static JointEntity named(String name) {
        return new JointEntity(name, EntityForm.COMPANY, 0);
    }
}
