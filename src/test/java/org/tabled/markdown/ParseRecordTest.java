package org.tabled.markdown;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** A kept parse record that is damaged, or made by hand, is a miss: never an error. */
class ParseRecordTest {

  @Test
  void aRecordClaimingMoreValuesThanItHoldsIsNoRecordAndAllocatesNothingForThem() {
    ByteBuffer b = ByteBuffer.allocate(24);
    b.putInt(0x50415204); // the format
    b.putInt(0).putInt(0).putInt(0).putInt(0); // no problems, sections, headings or references
    b.putInt(Integer.MAX_VALUE); // blocks with a role: more than the record could hold
    assertTrue(ParseRecord.of(b.array()).isEmpty());
    assertTrue(ParseRecord.of(new byte[] {0x50, 0x41, 0x52}).isEmpty(), "cut short");
    assertTrue(ParseRecord.of(new byte[0]).isEmpty(), "empty");
  }
}
