package org.villageplanner.cluster;

/** How bad a rule problem is: an ERROR makes a plan invalid ({@code validate} exits 1); a WARNING informs. */
public enum Severity {
    ERROR, WARNING
}
