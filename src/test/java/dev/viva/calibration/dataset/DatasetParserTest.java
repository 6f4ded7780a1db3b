package dev.viva.calibration.dataset;

import dev.viva.support.LineError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetParserTest {

    private static final String GOOD = """
            {"question_id":"q1","question":"Q?","reference_answer":"R.","answer":"A.","score":2,"max_score":5,"grader_scores":[2,2]}""";

    @Test
    void readsEveryAnswerWithItsLineAndSkipsBlankLines() {
        List<DatasetAnswer> answers = DatasetParser.parse(List.of(GOOD, "", GOOD.replace("\"q1\"", "\"q2\"")));
        assertThat(answers).extracting(DatasetAnswer::line).containsExactly(1, 3);
        assertThat(answers.get(0).graderScores()).containsExactly(2.0, 2.0);
        assertThat(answers.get(1).questionId()).isEqualTo("q2");
    }

    @Test
    void derivesAQuestionIdFromTheQuestionTextWhenAbsent() {
        DatasetAnswer a = DatasetParser.parse(List.of(GOOD.replace("\"question_id\":\"q1\",", ""))).get(0);
        assertThat(a.questionId()).startsWith("q-").hasSize(14);
    }

    @Test
    void namesTheLineOfEveryProblem() {
        InvalidDatasetException e = catchThrowableOfType(InvalidDatasetException.class, () -> DatasetParser.parse(List.of(
                GOOD, "{not json", GOOD.replace("\"answer\":\"A.\",", ""), GOOD.replace("\"score\":2", "\"score\":6"),
                GOOD.replace("\"score\":2", "\"score\":-1"), "[1, 2]")));
        assertThat(e.errors()).extracting(LineError::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(e.errors().get(0).message()).startsWith("not valid JSON");
        assertThat(e.errors().get(1).message()).isEqualTo("missing field 'answer'");
        assertThat(e.errors().get(2).message()).isEqualTo("score 6.0 is above max_score 5.0");
        assertThat(e.errors().get(3).message()).isEqualTo("score must not be negative");
        assertThat(e.errors().get(4).message()).isEqualTo("not a JSON object");
    }

    @Test
    void rejectsAnEmptyFileAndAFileThatIsNotUtf8() {
        assertThat(catchThrowableOfType(InvalidDatasetException.class,
                () -> DatasetParser.parse("\n \n".getBytes(StandardCharsets.UTF_8))).errors().get(0).line()).isZero();
        assertThat(catchThrowableOfType(InvalidDatasetException.class,
                () -> DatasetParser.parse(new byte[] {(byte) 0xff, (byte) 0xfe})).errors().get(0).message())
                .contains("UTF-8");
    }

    @Test
    void samplingIsDeterministicForASeed() {
        List<DatasetAnswer> all = DatasetParser.parse(java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> GOOD.replace("\"q1\"", "\"q" + i + "\"")).toList());
        assertThat(DatasetParser.sample(all, 5, 1)).hasSize(5).isEqualTo(DatasetParser.sample(all, 5, 1));
        assertThat(DatasetParser.sample(all, 50, 1)).hasSize(20);
    }
}
