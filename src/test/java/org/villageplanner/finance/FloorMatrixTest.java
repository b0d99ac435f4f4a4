package org.villageplanner.finance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who pays whom in one floor year (MODEL.md §3), by controlled rounding: each payer funds each recipient in proportion,
 * floors first, then the missing fen one at a time to the largest remainder whose row and column still lack one;
 * every payer's row and every recipient's column add up exactly. Worked by hand.
 */
class FloorMatrixTest {
    private record Cell(int cluster, int year, int from, int to, long fen) {
    }

    private static List<Cell> emit(long[] paid, long[] received, long total) {
        List<Cell> out = new ArrayList<>();
        FloorMatrix.emit(4, 2, paid, received, paid.length, total,
                (cluster, year, from, to, fen) -> out.add(new Cell(cluster, year, from, to, fen)));
        return out;
    }

    @Test
    void floorsThenTheLargestRemaindersWithRoomInRowAndColumn() {
        // Parties 2 and 3 pay 5 and 3 fen; parties 0 and 1 receive 3 and 5. Exact cells: 15/8, 25/8, 9/8, 15/8 =
        // 1.875, 3.125, 1.125, 1.875; floors 1, 3, 1, 1 leave one fen in each row and column. The tie of .875
        // goes to the first cell (2→0), which closes row 2 and column 0, so the last fen goes 3→1.
        List<Cell> cells = emit(new long[] {0, 0, 5, 3}, new long[] {3, 5, 0, 0}, 8);
        assertEquals(List.of(new Cell(4, 2, 2, 0, 2), new Cell(4, 2, 2, 1, 3), new Cell(4, 2, 3, 0, 1),
                new Cell(4, 2, 3, 1, 2)), cells);
    }

    @Test
    void wholeProportionsNeedNoRoundingAndEmptyCellsAreNotReported() {
        // 300 and 200 fen paid to two villages that receive 250 each: 150, 150, 100, 100.
        List<Cell> cells = emit(new long[] {300, 0, 200, 0}, new long[] {0, 250, 0, 250}, 500);
        assertEquals(List.of(new Cell(4, 2, 0, 1, 150), new Cell(4, 2, 0, 3, 150), new Cell(4, 2, 2, 1, 100),
                new Cell(4, 2, 2, 3, 100)), cells);
    }

    @Test
    void aSinglePayerFundsEveryRecipientInFull() {
        List<Cell> cells = emit(new long[] {0, 1_000_001, 0}, new long[] {333_334, 0, 666_667}, 1_000_001);
        assertEquals(List.of(new Cell(4, 2, 1, 0, 333_334), new Cell(4, 2, 1, 2, 666_667)), cells);
    }
}
