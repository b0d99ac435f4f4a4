package org.villageplanner.finance;

import org.villageplanner.domain.Units;

/** A strong-helps-weak floor transfer (MODEL.md §3): in {@code year}, party {@code from} paid {@code to}. */
public record Transfer(int year, String from, String to, long fen) {
    public double amount() {
        return fen / 100.0;
    }
}
