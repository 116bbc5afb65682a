package lifeline.ui.tla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import lifeline.spec.BaseModules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The TLA+ tokenizer on small samples: each token written as KIND:text. */
class TlaTokenizerTest {
    static String tokens(String text) {
        return TlaTokenizer.tokenize(text).stream().map(t -> t.kind() + ":" + t.text(text))
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "§", quoteCharacter = '`', value = {
        "---- MODULE MC ---- § SEPARATOR:---- KEYWORD:MODULE SEPARATOR:----",
        "==== § SEPARATOR:====",
        "EXTENDS Lifeline, TLC § KEYWORD:EXTENDS",
        "x == 1 § DEFINITION:x OPERATOR:== NUMBER:1",
        "I == x = 0 /\\ y \\in {1} § DEFINITION:I OPERATOR:== OPERATOR:= NUMBER:0 OPERATOR:/\\ OPERATOR:\\in NUMBER:1",
        "a \\/ b => c <=> d § OPERATOR:\\/ OPERATOR:=> OPERATOR:<=>",
        "[f EXCEPT ![1] = @ + 1] § KEYWORD:EXCEPT NUMBER:1 OPERATOR:= OPERATOR:+ NUMBER:1",
        "[a |-> 1] @@ 2 :> 3 § OPERATOR:|-> NUMBER:1 OPERATOR:@@ NUMBER:2 OPERATOR::> NUMBER:3",
        "\\E p \\in P : \\A q \\in Q : p # q § OPERATOR:\\E OPERATOR:\\in OPERATOR:\\A OPERATOR:\\in OPERATOR:#",
        "LET a == 1 IN a § KEYWORD:LET OPERATOR:== NUMBER:1 KEYWORD:IN",
        "IF TRUE THEN 1 ELSE FALSE § KEYWORD:IF CONSTANT:TRUE KEYWORD:THEN NUMBER:1 KEYWORD:ELSE CONSTANT:FALSE",
        "CASE a -> 1 [] OTHER -> 2 § KEYWORD:CASE OPERATOR:-> NUMBER:1 KEYWORD:OTHER OPERATOR:-> NUMBER:2",
        "CHOOSE x \\in S : TRUE § KEYWORD:CHOOSE OPERATOR:\\in CONSTANT:TRUE",
        "RECURSIVE F(_) § KEYWORD:RECURSIVE",
        "`x = \"a \\\" (* b\" \\* c` § OPERATOR:= STRING:\"a \\\" (* b\" COMMENT:\\* c",
        "`s = \"unterminated` § OPERATOR:= STRING:\"unterminated",
        "(* a (* nested *) comment *) x § COMMENT:(* a (* nested *) comment *)",
        "(* never closed § COMMENT:(* never closed",
        "<<1, x1, 2.5>> .. 3 § NUMBER:1 NUMBER:2.5 OPERATOR:.. NUMBER:3",
        "1..3 § NUMBER:1 OPERATOR:.. NUMBER:3",
        "mc_Procs == {\"p1\"} § DEFINITION:mc_Procs OPERATOR:== STRING:\"p1\"",
        "F(a, b) == a § DEFINITION:F OPERATOR:==",
        "f[x \\in S] == x § DEFINITION:f OPERATOR:\\in OPERATOR:==",
        "`  Indented == 1` § OPERATOR:== NUMBER:1",
        "Spec == I /\\ [][N]_v /\\ WF_v(N) § DEFINITION:Spec OPERATOR:== OPERATOR:/\\ OPERATOR:/\\ KEYWORD:WF_v",
        "x' = x \\cup {y} § OPERATOR:' OPERATOR:= OPERATOR:\\cup",
        "INIT Init § KEYWORD:INIT",
        "CONSTANT Procs <- mc_Procs § KEYWORD:CONSTANT OPERATOR:<-",
        "INVARIANT NoUseAfterFree § KEYWORD:INVARIANT",
        "VARIABLES a, b § KEYWORD:VARIABLES",
        "UNCHANGED <<a>> § KEYWORD:UNCHANGED",
        "BOOLEAN \\X STRING § CONSTANT:BOOLEAN OPERATOR:\\X CONSTANT:STRING"})
    void sample(String text, String expected) {
        assertEquals(expected, tokens(text));
    }

    @Test
    void aDefinitionNameMustStartItsLineAndBeFollowedByDoubleEquals() {
        assertEquals("", tokens("Foo"));
        assertEquals("OPERATOR:=", tokens("Foo = 1").split(" ")[0]);
        assertEquals("SEPARATOR:====", tokens("Foo ====").split(" ")[0]);
        assertEquals("DEFINITION:Bar OPERATOR:== NUMBER:2", tokens("x\nBar == 2"));
    }

    @Test
    void tokensAreOrderedAndDisjointOverTheWholeBaseModule() {
        String text = BaseModules.lifeline();
        List<TlaToken> tokens = TlaTokenizer.tokenize(text);
        int at = 0;
        for (TlaToken t : tokens) {
            assertTrue(t.start() >= at && t.end() <= text.length(), t.toString());
            at = t.end();
        }
        assertTrue(tokens.stream().anyMatch(t -> t.kind() == TlaToken.Kind.COMMENT));
        assertTrue(tokens.stream().anyMatch(t -> t.kind() == TlaToken.Kind.DEFINITION));
    }

    @Test
    void theBaseModuleTakesMillisecondsNotSeconds() {
        String text = BaseModules.lifeline().repeat(10);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> TlaTokenizer.tokenize(text));
    }
}
