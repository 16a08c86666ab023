package org.tgov.identity.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;

/** Where the sign-in throttle keeps its token buckets: the database in the application, memory in unit tests. */
interface ThrottleBuckets {

    /** The bucket with this key, created full with this configuration if there is none yet. */
    Bucket bucket(String key, BucketConfiguration configuration);
}
