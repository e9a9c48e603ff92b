package brink.results;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A mergeable piece of a batch's aggregates. Merging is exact and commutative: the parts of any split of the runs
 * (threads, shards, a cluster's partitions), merged in any order, equal the part of all the runs fed at once.
 */
interface Part {
    /** Adds another part of the same kind and size. */
    void merge(Part other);

    void write(DataOutputStream out) throws IOException;

    /** Reads what {@link #write} wrote into this (empty) part. */
    void read(DataInputStream in) throws IOException;
}
