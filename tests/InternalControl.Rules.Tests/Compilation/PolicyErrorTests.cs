using InternalControl.Kernel.Policies;
using InternalControl.Localization;
using InternalControl.Rules.Compilation;

namespace InternalControl.Rules.Tests.Compilation;

/// <summary>
/// What an author is told of a policy the compiler refuses: each error's code, its place (file, line, column) and its
/// text, one error for one mistake. A file after the first is an overlay of the 5.7 baseline.
/// </summary>
public sealed class PolicyErrorTests
{
    private const string Approval = """
        table approval hit unique
            input age | output status | output rate
            < 25      | "Approved"    | 0.25
            >= 25     | "Declined"    | 0
        end
        """;

    public static TheoryData<string[], string, string> Cases => new()
    {
        { ["rule \"r\" when pupil p then set x = 1 end"], "IC1230 test0.icp:1:1", "The file has no policy header: start it with policy \"name\" country kg version 1." },
        { ["policy \"p\" country zz version 1\nrule \"r\" when pupil p then set x = 1 end"], "IC1220 test0.icp:1:1", "Unknown country 'zz': use kz or kg." },
        { [Some.Policy("parameter a = 1\nparameter a = 2")], "IC1210 test0.icp:3:1", "The name «a» is used twice." },
        { [Some.Policy("parameter a = round(2.5)")], "IC1216 test0.icp:2:15", "Parameter 'a' must be one value written out: a number, a text, a date, true or false, not a calculation." },
        { [Some.Policy(Approval + "\n" + Approval)], "IC1210 test0.icp:7:1", "The name «approval» is used twice." },
        { [Some.Policy("rule \"r\" when pupil p round(2.5).x = 1 then set x = 1 end")], "IC1721 test0.icp:2:34", "«.x» reads an output of a decision table, and «round» is not a table." },
        { [Some.Policy(Approval + "\nrule \"r\" when pupil p count(approval(3)) > 1 then set x = 1 end")], "IC1203 test0.icp:7:29", "'count' needs a list here, not a text." },
        { [Some.Policy("rule \"r\" when mark m then set x = 1 end")], "IC1206 test0.icp:2:15", "A rule can bind pupil, subject, class, score or teacher; count 'mark' with an aggregate instead, e.g. count(mark g where ...)." },
        { [Some.Policy("rule \"r\" when pupil p pupil q then set x = 1 end")], "IC1212 test0.icp:2:23", "'q' binds a second value of one kind (a pupil): a rule binds each kind once; count the others with an aggregate." },
        { [Some.Policy("rule \"r\" when pupil p subject p then set x = 1 end")], "IC1212 test0.icp:2:23", "'p' is already bound in this rule." },
        { [Some.Policy("rule \"r\" when pupil p subject s then assert weak(s) end")], "IC1211 test0.icp:2:38", "A derived fact «weak» is about the rule's pupil, and optionally a subject: write weak(p) or weak(p, s)." },
        { [Some.Policy("rule \"r\" when pupil p then assert weak(p) = \"very\" end")], "IC1203 test0.icp:2:45", "'weak' needs a number here, not a text." },
        { [Some.Policy("rule \"r\" when pupil p round(\"x\") = 3 then set x = 1 end")], "IC1203 test0.icp:2:29", "'round' needs a number here, not a text." },
        { [Some.Policy("rule \"r\" when pupil p then notify class_techer \"Policy.Kg.UnexcusedDiary\" end")], "IC1209 test0.icp:2:35", "Unknown role 'class_techer'. Did you mean 'class_teacher'?" },
        { [Some.Policy("rule \"r\" when count(mark g) > 1 then set x = 1 end")], "IC1214 test0.icp:2:15", "'mark' needs a pupil: add a line \"pupil p\" to the rule." },
        { [Some.Policy("rule \"r\" when pupil p sum(absence a) > 1 then set x = 1 end")], "IC1213 test0.icp:2:23", "Say which number of each 'absence' to use: write it after the name, for example 'absence a: a.lessons'." },
        { [Some.Policy("rule \"r\" when pupil p sum(subject t) > 1 then set x = 1 end")], "IC1213 test0.icp:2:23", "Say which number of each subject to use: write it after 'subject t:', for example a count of its marks." },
        { [Some.Policy("rule \"r\" when pupil p count(absence a in last_school_days(\"five\")) > 1 then set x = 1 end")], "IC1711 test0.icp:2:59", "The number of school days after 'last_school_days' must be a number, here: a text." },
        { [Some.Policy("rule \"r\" when pupil p sum(mark g: g.kind) > 1 then set x = 1 end")], "IC1203 test0.icp:2:35", "'sum' works on numbers, but the value after ':' is a text." },
        { [Some.Policy("rule \"r\" when pupil p avg(subject t: t.id) > 1 then set x = 1 end")], "IC1203 test0.icp:2:38", "'avg' works on numbers, but the value after ':' is a text." },
        { [Some.Policy("rule \"r\" when pupil p count(class c) > 1 then set x = 1 end")], "IC1205 test0.icp:2:29", "'class' cannot be counted: use mark, absence, score or subject." },
        { [Some.Policy("table t hit unique\n    input x | input y\n    1 | 2\nend")], "IC1304 test0.icp:2:1", "Table «t» needs at least one input and one output column." },
        { [Some.Policy("table t hit first\n    input x | output y\n    < 1 | 1\n    >= 1 | \"a\"\nend")], "IC1203 test0.icp:5:12", "Output column «y» holds a number; this cell holds a text." },
        { [Some.Policy("table t hit first\n    input x | output y\n    < 1 | 1\n    >= 1 | < 2\nend")], "IC1305 test0.icp:5:12", "A cell of the output column «y» must hold one value written out, not a test such as '< 1', a list or '-'." },
        { [Some.Policy("table t hit first\n    input x | output y\n    < 1 | 1\n    >= 1 | [1, 2]\nend")], "IC1305 test0.icp:5:12", "A cell of the output column «y» must hold one value written out, not a test such as '< 1', a list or '-'." },
        { [Some.Policy("rule \"r\" when pupil p qqqqqqq(p) then set x = 1 end")], "IC1207 test0.icp:2:23", "Unknown function, table or fact 'qqqqqqq'." },
        { [Some.Policy("rule \"a\" when pupil p avg(mark g: g.value) < 3 then assert at_risk(p) end\nrule \"b\" when pupil p at_rsk(p) then set x = 1 end")], "IC1207 test0.icp:3:23", "Unknown function, table or fact 'at_rsk'. Did you mean 'at_risk'?" },
        { [Some.Policy("rule \"a\" when pupil p avg(mark g: g.value) < 3 then assert at_risk(p) end\nrule \"b\" when pupil p subject s at_risk() then set x = 1 end")], "IC1211 test0.icp:3:33", "A derived fact «at_risk» is about the rule's pupil, and optionally a subject: write at_risk(p) or at_risk(p, s)." },
        { [Some.Policy("rule \"a\" when pupil p avg(mark g: g.value) < 3 then assert at_risk(p) end\nrule \"b\" when pupil p subject s at_risk(s) then set x = 1 end")], "IC1211 test0.icp:3:33", "A derived fact «at_risk» is about the rule's pupil, and optionally a subject: write at_risk(p) or at_risk(p, s)." },
        { [Some.Policy("rule \"a\" when pupil p avg(mark g: g.value) < 3 then assert at_risk(p) end\nrule \"b\" when pupil p subject s at_risk(p, p) then set x = 1 end")], "IC1211 test0.icp:3:33", "A derived fact «at_risk» is about the rule's pupil, and optionally a subject: write at_risk(p) or at_risk(p, s)." },
        { [Some.Policy("rule \"a\" when pupil p avg(mark g: g.value) < 3 then assert at_risk(p) end\nrule \"b\" when pupil p subject s at_risk(p, s, s) then set x = 1 end")], "IC1211 test0.icp:3:33", "A derived fact «at_risk» is about the rule's pupil, and optionally a subject: write at_risk(p) or at_risk(p, s)." },
        { [Some.Policy57, "policy \"school\" extends \"kg-school-97\"\nparameter zzzzzzzzzzzz = 4"], "IC1240 test1.icp:2:1", "The baseline policy has no parameter 'zzzzzzzzzzzz'." },
        { [Some.Policy57, "policy \"school\" extends \"kg-school-97\"\nparameter twos_threshold = \"four\""], "IC1244 test1.icp:2:28", "Parameter 'twos_threshold' is a number in the baseline policy; the value given here is a text." },
        { [Some.Policy57, "policy \"school\" extends \"kg-school-97\"\ndisable \"no such rule\""], "IC1241 test1.icp:2:1", "There is no baseline rule «no such rule» to disable." },
        { [Some.Policy57, "policy \"school\" extends \"kg-school-97\"", "policy \"class\" extends \"nothing\""], "IC1243 test2.icp:1:16", "Policy «class» extends «nothing», which is not loaded before it (loaded: kg-school-97, school)." },
    };

    /// <summary>
    /// Texts whose words come from the policy language (a type, a field, an aggregate, a keyword) in the reader's words; a
    /// function's name stays as written.
    /// </summary>
    public static TheoryData<string, string, string> InReadersLanguage => new()
    {
        { "rule \"r\" when pupil p sum(absence a) > 1 then set x = 1 end", "kk", "Әр 'сабаққа_келмеу' үшін қай санды алу керегін көрсетіңіз: оны атаудан кейін жазыңыз, мысалы 'сабаққа_келмеу a: a.сабақтар'." },
        { "rule \"r\" when pupil p sum(absence a) > 1 then set x = 1 end", "ky", "Ар бир 'сабак_калтыруу' үчүн кайсы санды алуу керектигин көрсөтүңүз: аны аттан кийин жазыңыз, мисалы 'сабак_калтыруу a: a.сабактар'." },
        { "rule \"r\" when pupil p sum(subject t) > 1 then set x = 1 end", "ky", "Ар бир сабактын кайсы санын алуу керектигин көрсөтүңүз: аны 'сабак t:' дегенден кийин жазыңыз, мисалы анын бааларынын санын." },
        { "rule \"r\" when pupil p sum(mark g: g.kind) > 1 then set x = 1 end", "ru", "'сумма' работает с числами, а значение после ':' — текст." },
        { "rule \"r\" when pupil p count(absence a in last_school_days(\"five\")) > 1 then set x = 1 end", "kk", "'соңғы_оқу_күндері' сөзінен кейінгі оқу күндерінің саны сан болуы керек, мұнда: мәтін." },
        { "rule \"r\" when pupil p subject s s.id in [1, 2] then set x = 1 end", "ru", "'в' не может сочетать текст и число." },
        { "rule \"r\" when pupil p round(\"x\") = 3 then set x = 1 end", "kk", "'round' мұнда мәтін емес, сан күтеді." },
    };

    [Theory]
    [MemberData(nameof(InReadersLanguage))]
    public void Compile_Mistake_TextInReadersWords(string rule, string language, string expected)
    {
        // Arrange
        Assert.True(Languages.TryParse(language, out var reader));

        // Act
        var error = Assert.Single(Some.Errors(Some.Policy(rule)));

        // Assert
        Assert.Equal(expected, error.Message(reader.Value));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compile_Mistake_OneLocatedErrorWithItsText(string[] files, string codeAndPlace, string english)
    {
        // Arrange
        var sources = files.Select((text, i) => new PolicySource($"test{i}.icp", text)).ToList();

        // Act
        var result = PolicyCompiler.Compile(sources);

        // Assert
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(codeAndPlace, $"{error.Code} {error.Span.File}:{error.Span.Line}:{error.Span.Column}");
        Assert.Equal(english, error.Message(Language.En));
    }
}
