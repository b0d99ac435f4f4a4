package org.villageplanner.finance;

/**
 * Splits one year's floor transfers into who paid whom (MODEL.md §3): each recipient is funded by every payer in
 * proportion to what that payer gives, rounded to the fen so that every payer's row and every recipient's
 * column add up exactly ("controlled rounding": floors first, then the missing fen to the largest remainders
 * whose row and column still lack one).
 */
final class FloorMatrix {
    private FloorMatrix() {
    }

    static void emit(int cluster, int year, long[] paid, long[] received, int n, long total,
            Engine.TransferSink sink) {
        long[][] cell = new long[n][n];
        double[][] rem = new double[n][n];
        long[] rowLeft = new long[n];
        long[] colLeft = new long[n];
        for (int j = 0; j < n; j++) {
            rowLeft[j] = paid[j];
            for (int r = 0; r < n; r++) {
                if (j == 0) {
                    colLeft[r] = received[r];
                }
                if (paid[j] == 0 || received[r] == 0) {
                    continue;
                }
                double exact = (double) paid[j] * received[r] / total;
                cell[j][r] = (long) Math.floor(exact);
                rem[j][r] = exact - cell[j][r];
            }
        }
        for (int j = 0; j < n; j++) {
            for (int r = 0; r < n; r++) {
                rowLeft[j] -= cell[j][r];
                colLeft[r] -= cell[j][r];
            }
        }
        boolean progress = true;
        while (progress) {
            progress = false;
            int bj = -1;
            int br = -1;
            for (int j = 0; j < n; j++) {
                for (int r = 0; r < n; r++) {
                    if (rowLeft[j] > 0 && colLeft[r] > 0 && paid[j] > 0 && received[r] > 0
                            && (bj < 0 || rem[j][r] > rem[bj][br])) {
                        bj = j;
                        br = r;
                    }
                }
            }
            if (bj >= 0) {
                cell[bj][br]++;
                rem[bj][br] = -1;
                rowLeft[bj]--;
                colLeft[br]--;
                progress = true;
            }
        }
        for (int j = 0; j < n; j++) {
            for (int r = 0; r < n; r++) {
                if (cell[j][r] > 0) {
                    sink.transfer(cluster, year, j, r, cell[j][r]);
                }
            }
        }
    }
}
