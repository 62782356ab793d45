package io.xingzhi.core.record;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import io.xingzhi.core.value.CaseNumber;
import java.util.Optional;

/**
 * Values that many records of one run carry equal - one person's identity on each of their records,
 * one case's number on its judgment, custody stay, correction and enforcement records - handed to
 * {@link RecordMapper#map(RawRow, SharedValues)} as they are made, so that the records can hold one
 * instance instead of a copy each (the small datasets' records live for the whole run).
 *
 * <p>What it promises: each method returns a value equal to the one it is given (that one, or an
 * equal one given before), so mapping through it gives records equal to plain mapping. Safe to call
 * from several threads at once.
 */
public interface SharedValues {
    /** An identity equal to {@code id}. */
    RecordIdentity identity(RecordIdentity id);

    /** A case number equal to {@code caseNumber} (empty stays empty). */
    Optional<CaseNumber> caseNumber(Optional<CaseNumber> caseNumber);

    /** Shares nothing: every value is returned as given. */
    static SharedValues none() {
        return None.INSTANCE;
    }

    /**
     * Shares every value through an interner of its own, for one run: the values are held as long as
     * the returned object is.
     */
    static SharedValues interning() {
        Interner<RecordIdentity> identities = Interners.newStrongInterner();
        Interner<Optional<CaseNumber>> caseNumbers = Interners.newStrongInterner();
        return new SharedValues() {
            @Override
            public RecordIdentity identity(RecordIdentity id) {
                return identities.intern(id);
            }

            @Override
            public Optional<CaseNumber> caseNumber(Optional<CaseNumber> caseNumber) {
                return caseNumber.isEmpty() ? caseNumber : caseNumbers.intern(caseNumber);
            }
        };
    }

    /** {@link #none()}. */
    enum None implements SharedValues {
        INSTANCE;

        @Override
        public RecordIdentity identity(RecordIdentity id) {
            return id;
        }

        @Override
        public Optional<CaseNumber> caseNumber(Optional<CaseNumber> caseNumber) {
            return caseNumber;
        }
    }
}
