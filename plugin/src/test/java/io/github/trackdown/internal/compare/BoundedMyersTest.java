package io.github.trackdown.internal.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bounded Myers diff finds a shortest edit script, and gives up past its limit. */
class BoundedMyersTest {

    @Test
    void onRandomSequencesTheScriptRebuildsBothAndIsAsShortAsJavaDiffUtilsOne() {
        Random random = new Random(7);
        for (int n = 0; n < 2_000; n++) {
            int[] a = random(random);
            int[] b = random.nextBoolean() ? random(random) : edited(a, random);
            BoundedMyers.Result result = BoundedMyers.diff(a, b, 1_000);

            List<Integer> rebuiltA = new ArrayList<>();
            List<Integer> rebuiltB = new ArrayList<>();
            int edits = 0;
            for (BoundedMyers.Run run : result.runs()) {
                for (int i = run.from(); i < run.to(); i++) {
                    switch (run.op()) {
                        case SAME -> {
                            rebuiltA.add(a[i]);
                            rebuiltB.add(a[i]);
                        }
                        case REMOVED -> {
                            rebuiltA.add(a[i]);
                            edits++;
                        }
                        case ADDED -> {
                            rebuiltB.add(b[i]);
                            edits++;
                        }
                    }
                }
            }
            assertEquals(boxed(a), rebuiltA, Arrays.toString(a) + " / " + Arrays.toString(b));
            assertEquals(boxed(b), rebuiltB, Arrays.toString(a) + " / " + Arrays.toString(b));
            int shortest = 0;
            for (AbstractDelta<Integer> delta : DiffUtils.diff(boxed(a), boxed(b)).getDeltas()) {
                shortest += delta.getSource().size() + delta.getTarget().size();
            }
            assertEquals(shortest, edits, Arrays.toString(a) + " / " + Arrays.toString(b));
        }
    }

    @Test
    void withoutALimitingNumberOfEditsItFindsJavaDiffUtilsScriptRunForRun() {
        // The word diff relies on this: its runs are the ones java-diff-utils' Myers diff gave before.
        Random random = new Random(13);
        for (int n = 0; n < 5_000; n++) {
            int[] a = random(random);
            int[] b = random.nextBoolean() ? random(random) : edited(a, random);

            List<String> ours = new ArrayList<>();
            for (BoundedMyers.Run run : BoundedMyers.diff(a, b, a.length + b.length).runs()) {
                for (int i = run.from(); i < run.to(); i++) {
                    ours.add(switch (run.op()) {
                        case SAME -> "=" + i;
                        case REMOVED -> "-" + i;
                        case ADDED -> "+" + i;
                    });
                }
            }
            List<String> theirs = new ArrayList<>();
            for (AbstractDelta<Integer> delta : DiffUtils.diff(boxed(a), boxed(b), true).getDeltas()) {
                String sourceMark = delta.getType() == DeltaType.EQUAL ? "=" : "-";
                for (int i = 0; i < delta.getSource().size(); i++) {
                    theirs.add(sourceMark + (delta.getSource().getPosition() + i));
                }
                for (int i = 0; delta.getType() != DeltaType.EQUAL && i < delta.getTarget().size(); i++) {
                    theirs.add("+" + (delta.getTarget().getPosition() + i));
                }
            }
            assertEquals(removalsFirst(theirs), removalsFirst(ours), Arrays.toString(a) + " / " + Arrays.toString(b));
        }
    }

    @Test
    void itGivesUpPastItsLimitAfterAsManyStepsAsTheLimitAllows() {
        int[] a = new int[1_000];
        int[] b = new int[1_000];
        Arrays.fill(b, 1);

        BoundedMyers.Result result = BoundedMyers.diff(a, b, 10);

        assertNull(result.runs());
        assertEquals(2_000L * 11, result.steps());
    }

    /** The script with, in each stretch of edits, its removals before its additions, as the word diff shows them. */
    private static List<String> removalsFirst(List<String> script) {
        List<String> out = new ArrayList<>();
        List<String> added = new ArrayList<>();
        for (String step : script) {
            if (step.startsWith("+")) {
                added.add(step);
            } else if (step.startsWith("-")) {
                out.add(step);
            } else {
                out.addAll(added);
                added.clear();
                out.add(step);
            }
        }
        out.addAll(added);
        return out;
    }

    private static int[] random(Random random) {
        int[] values = new int[random.nextInt(30)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(4);
        }
        return values;
    }

    private static int[] edited(int[] a, Random random) {
        List<Integer> values = new ArrayList<>(boxed(a));
        for (int e = random.nextInt(5); e > 0; e--) {
            if (!values.isEmpty() && random.nextBoolean()) {
                values.remove(random.nextInt(values.size()));
            } else {
                values.add(random.nextInt(values.size() + 1), random.nextInt(4));
            }
        }
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Integer> boxed(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
