package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who pays whom in a floor year with three payers and three recipients (MODEL.md §3: "who paid whom, to the fen, rows
 * and columns adding up exactly"). Each payer j funds each recipient r with paid_j × received_r / total, rounded by
 * controlled rounding: every cell gets its floor, then the missing fen go one at a time to the largest remainder whose
 * payer still owes a fen and whose recipient still lacks one (a tie goes to the earlier payer, then the earlier
 * recipient). With two payers the row sums alone pin the cells; with three, a largest remainder can lie in a row or a
 * column that is already complete, and only the bookkeeping of both keeps the table exact. Every figure below is
 * worked by hand from that rule.
 */
class FloorMatrixThreeByThreeTest {
    private record Cell(int from, int to, long fen) {
    }

    /** Parties 0–2 pay, parties 3–5 receive (outside the matrix nobody pays or receives). */
    private static List<Cell> emit(long[] paid, long[] received) {
        long total = 0;
        for (long p : paid) {
            total += p;
        }
        List<Cell> out = new ArrayList<>();
        FloorMatrix.emit(1, 3, paid, received, paid.length, total, (cluster, year, from, to, fen) -> {
            assertEquals(1, cluster);
            assertEquals(3, year);
            out.add(new Cell(from, to, fen));
        });
        return out;
    }

    @Test
    void aRemainderInACompleteRowOrColumnIsPassedOverForTheNextOneWithRoom() {
        // Payers give 6, 5 and 2 fen (total 13); recipients need 6, 3 and 4. Exact cells, in 13ths of a fen:
        //   payer 0: 36, 18, 24 → floors 2, 1, 1, remainders 10, 5, 11
        //   payer 1: 30, 15, 20 → floors 2, 1, 1, remainders  4, 2,  7
        //   payer 2: 12,  6,  8 → floors 0, 0, 0, remainders 12, 6,  8
        // Still owed by rows 0, 1, 2: 2, 1, 2; still lacking in columns 3, 4, 5: 2, 1, 2 (5 fen in all).
        // Largest remainders first: 12 (2→3), 11 (0→5), 10 (0→3: closes row 0 and column 3), 8 (2→5: closes
        // row 2 and column 5). Then 7 (1→5), 6 (2→4), 5 (0→4) and 4 (1→3) all sit in a complete row or column,
        // so the last fen goes to the smallest remainder, 2 (1→4), the only cell with room in both.
        List<Cell> cells = emit(new long[] {6, 5, 2, 0, 0, 0}, new long[] {0, 0, 0, 6, 3, 4});
        assertEquals(List.of(
                new Cell(0, 3, 3), new Cell(0, 4, 1), new Cell(0, 5, 2),
                new Cell(1, 3, 2), new Cell(1, 4, 2), new Cell(1, 5, 1),
                new Cell(2, 3, 1), new Cell(2, 5, 1)), cells);
        assertRowsAndColumns(cells, new long[] {6, 5, 2, 0, 0, 0}, new long[] {0, 0, 0, 6, 3, 4});
    }

    @Test
    void tiesGoToTheEarlierPayerThenTheEarlierRecipient() {
        // Payers give 1, 2 and 1 fen (total 4); recipients need 2, 1 and 1. Exact cells in quarters of a fen:
        //   payer 0: 2, 1, 1 → floors 0, 0, 0, remainders 2, 1, 1
        //   payer 1: 4, 2, 2 → floors 1, 0, 0, remainders 0, 2, 2
        //   payer 2: 2, 1, 1 → floors 0, 0, 0, remainders 2, 1, 1
        // Four cells tie at a half. The earliest, 0→3, takes one (closing row 0 and column 3, so 2→3 is out);
        // of 1→4 and 1→5 the earlier, 1→4, takes the next (closing row 1 and column 4); the last fen can only go
        // 2→5 (a quarter).
        List<Cell> cells = emit(new long[] {1, 2, 1, 0, 0, 0}, new long[] {0, 0, 0, 2, 1, 1});
        assertEquals(List.of(new Cell(0, 3, 1), new Cell(1, 3, 1), new Cell(1, 4, 1), new Cell(2, 5, 1)), cells);
        assertRowsAndColumns(cells, new long[] {1, 2, 1, 0, 0, 0}, new long[] {0, 0, 0, 2, 1, 1});
    }

    @Test
    void recipientsListedBeforePayersAreFundedTheSameWay() {
        // The first example with the parties' order reversed (payers 3–5, recipients 0–2): the same cells, moved.
        List<Cell> cells = emit(new long[] {0, 0, 0, 6, 5, 2}, new long[] {6, 3, 4, 0, 0, 0});
        assertEquals(List.of(
                new Cell(3, 0, 3), new Cell(3, 1, 1), new Cell(3, 2, 2),
                new Cell(4, 0, 2), new Cell(4, 1, 2), new Cell(4, 2, 1),
                new Cell(5, 0, 1), new Cell(5, 2, 1)), cells);
    }

    private static void assertRowsAndColumns(List<Cell> cells, long[] paid, long[] received) {
        long[] row = new long[paid.length];
        long[] col = new long[received.length];
        for (Cell c : cells) {
            row[c.from()] += c.fen();
            col[c.to()] += c.fen();
        }
        for (int i = 0; i < paid.length; i++) {
            assertEquals(paid[i], row[i], "row of party " + i);
            assertEquals(received[i], col[i], "column of party " + i);
        }
    }
}
