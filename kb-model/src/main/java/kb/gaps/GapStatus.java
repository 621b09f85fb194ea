package kb.gaps;

/**
 * Where a gap stands: found ({@code OPEN}), an editor is writing its article ({@code PLANNED}), an
 * article answers it ({@code COVERED}), or editors decided it needs none ({@code DISMISSED}).
 */
public enum GapStatus {
  OPEN,
  PLANNED,
  COVERED,
  DISMISSED
}
