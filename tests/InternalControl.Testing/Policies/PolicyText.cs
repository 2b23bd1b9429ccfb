using InternalControl.Kernel.Policies;

namespace InternalControl.Testing.Policies;

/// <summary>Policy files for tests: a one-file policy around a body, the shipped policies as they are in seeds/, and small policies that several projects' tests read.</summary>
public static class PolicyText
{
    /// <summary>
    /// Rules and a workflow side by side: the decision table <c>cause_routing</c> (Kyrgyz school No. 97, 6.1-6.4) that the
    /// decide step <c>route</c> of workflow <c>w</c> reads, after the class teacher's <c>find_cause</c> task.
    /// </summary>
    public const string CauseRouting = """
        policy "p" country kg version 1

        table cause_routing hit first
            input cause                          | input absences | output next
            "absence"                            | <= 2           | "diary_notice"
            "absence"                            | 3..4           | "conversation"
            ["home_preparation", "low_ability"]  | -              | "preventive_work"
        end

        workflow "w" version 1 key pupil
          step find_cause: task class_teacher
            field cause choice [absence, home_preparation, low_ability, other] required
            field absences number
            outcome found -> route
          step route: decide table cause_routing
            otherwise -> talk
          step diary_notice: end "diary"
          step conversation: end "conversation"
          step preventive_work: end "preventive"
          step talk: end "talk"
        end
        """;

    /// <summary>
    /// Rule 5.7 of Kyrgyz school No. 97 with its parameter: three or more 2 marks of a pupil in one subject start the
    /// <c>low-achiever</c> case for the pupil and the subject.
    /// </summary>
    public const string TwosRule = """
        parameter twos_threshold = 3 "5.7: three or more 2 marks in one subject"

        rule "5.7 three or more 2s in one subject"
        when
            pupil p
            subject s
            count(mark g where g.value = 2) >= twos_threshold
        then
            start "low-achiever" for p, s
        end
        """;

    /// <summary>The Kazakh criteria-based assessment as a unique-hit decision table: 0-39% -> 2, 40-64% -> 3, 65-84% -> 4, 85-100% -> 5.</summary>
    public const string PercentToMark = """
        table percent_to_mark hit unique
            input percent in [0..100] | output mark
            [0..39]                   | 2
            [40..64]                  | 3
            [65..84]                  | 4
            [85..100]                 | 5
        end
        """;

    /// <summary>A policy file: a header naming policy <paramref name="name"/> of <paramref name="country"/>, then <paramref name="body"/>.</summary>
    public static string With(string body, string name = "t", string country = "kg") =>
        $"policy \"{name}\" country {country} version 1\n" + body;

    /// <summary>The shipped policy files of a country (kg, kz), in the order the compiler takes them.</summary>
    public static IReadOnlyList<PolicySource> Shipped(string country) =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "seeds", "policies", country), "*.icp")
            .Order(StringComparer.Ordinal)
            .Select(f => new PolicySource(Path.GetFileName(f), File.ReadAllText(f)))];
}
