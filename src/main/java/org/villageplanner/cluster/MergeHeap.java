package org.villageplanner.cluster;

import java.util.Arrays;

/**
 * The candidate merges of {@link Agglomeration}: a binary min-heap on a key with the two cluster ids and their
 * versions at the time of pushing, in primitive arrays (no {@code double[]} per entry, no comparator calls).
 * It sifts exactly as {@link java.util.PriorityQueue} does (same parent/child rule, same strict and non-strict
 * comparisons), so entries with equal keys come out in the same order as they did from the JDK's queue and a
 * suggestion is unchanged. Mutable, not thread-safe.
 */
final class MergeHeap {
    private double[] key = new double[64];
    private int[] a = new int[64];
    private int[] b = new int[64];
    private int[] va = new int[64];
    private int[] vb = new int[64];
    private int size;
    /** The entry removed by the last {@link #poll()}. */
    int topA;
    int topB;
    int topVersionA;
    int topVersionB;

    boolean isEmpty() {
        return size == 0;
    }

    void add(double k, int x, int y, int vx, int vy) {
        if (size == key.length) {
            int n = size * 2;
            key = Arrays.copyOf(key, n);
            a = Arrays.copyOf(a, n);
            b = Arrays.copyOf(b, n);
            va = Arrays.copyOf(va, n);
            vb = Arrays.copyOf(vb, n);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (Double.compare(k, key[parent]) >= 0) {
                break;
            }
            set(i, parent);
            i = parent;
        }
        put(i, k, x, y, vx, vy);
    }

    /** Removes the least entry into {@link #topA} and the other fields. */
    void poll() {
        topA = a[0];
        topB = b[0];
        topVersionA = va[0];
        topVersionB = vb[0];
        int n = --size;
        if (n == 0) {
            return;
        }
        double k = key[n];
        int x = a[n], y = b[n], vx = va[n], vy = vb[n];
        int i = 0;
        int half = n >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int right = child + 1;
            if (right < n && Double.compare(key[child], key[right]) > 0) {
                child = right;
            }
            if (Double.compare(k, key[child]) <= 0) {
                break;
            }
            set(i, child);
            i = child;
        }
        put(i, k, x, y, vx, vy);
    }

    private void put(int i, double k, int x, int y, int vx, int vy) {
        key[i] = k;
        a[i] = x;
        b[i] = y;
        va[i] = vx;
        vb[i] = vy;
    }

    private void set(int to, int from) {
        key[to] = key[from];
        a[to] = a[from];
        b[to] = b[from];
        va[to] = va[from];
        vb[to] = vb[from];
    }
}
