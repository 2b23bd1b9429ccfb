using InternalControl.Localization;
using InternalControl.Workflows.Definitions;
using InternalControl.Workflows.Diagrams;

namespace InternalControl.Workflows.Tests;

/// <summary>
/// What a diagram writes on each kind of wait, a notice to several roles, a decision table's step and each kind of row
/// condition: the policy's codes for a diff, the reader's words for a page.
/// </summary>
public sealed class DiagramLabelTests
{
    [Fact]
    public void Render_Codes_EachWaitAndConditionAsThePolicyWritesIt()
    {
        // Act
        var text = DotDiagram.Render(Waits());

        // Assert
        Assert.Equal(
            """
            digraph "w" {
                // w v1
                rankdir=TB;
                "a" [shape=box, label="a\ntask: class_teacher"];
                "pick" [shape=diamond, label="pick\ntable: route"];
                "days" [shape=oval, label="days\nwait: 2 school days"];
                "date" [shape=oval, label="date\nwait: 2027-05-25"];
                "yearend" [shape=oval, label="yearend\nwait: year_end"];
                "variable" [shape=oval, label="variable\nwait: n"];
                "tell" [shape=cds, label="tell\nnotify: parents, class_teacher"];
                "done" [shape=doublecircle, label="done\nok"];
                "a" -> "pick" [label="ok"];
                "pick" -> "days" [label="reply in yes/no and n >= 2"];
                "pick" -> "date" [label="reply not in yes"];
                "pick" -> "yearend" [label="n < 1"];
                "pick" -> "variable" [label="n > 5"];
                "pick" -> "tell" [label="n <= 3"];
                "pick" -> "done" [label="otherwise"];
                "days" -> "done";
                "date" -> "done";
                "yearend" -> "done";
                "variable" -> "done";
                "tell" -> "done";
            }

            """.ReplaceLineEndings("\n"),
            text);
    }

    [Fact]
    public void Render_English_EachWaitAndConditionInTheReadersWords()
    {
        // Act
        var text = DotDiagram.Render(Waits(), Language.En);

        // Assert
        Assert.Equal(
            """
            digraph "w" {
                // w v1
                rankdir=TB;
                "a" [shape=box, label="a\ntask: class teacher"];
                "pick" [shape=diamond, label="pick\ntable: route"];
                "days" [shape=oval, label="days\nwait (school days): 2"];
                "date" [shape=oval, label="date\nwait until 25/05/2027"];
                "yearend" [shape=oval, label="yearend\nwait until the end of the school year"];
                "variable" [shape=oval, label="variable\nwait until n"];
                "tell" [shape=cds, label="tell\nnotify: parents, class teacher"];
                "done" [shape=doublecircle, label="Done\nok"];
                "a" -> "pick" [label="ok"];
                "pick" -> "days" [label="reply is yes or no and n >= 2"];
                "pick" -> "date" [label="reply is not yes"];
                "pick" -> "yearend" [label="n < 1"];
                "pick" -> "variable" [label="n > 5"];
                "pick" -> "tell" [label="n <= 3"];
                "pick" -> "done" [label="otherwise"];
                "days" -> "done";
                "date" -> "done";
                "yearend" -> "done";
                "variable" -> "done";
                "tell" -> "done";
            }

            """.ReplaceLineEndings("\n"),
            text);
    }

    /// <summary>A task whose answers a decision table routes to each kind of wait, to a notice and to the end.</summary>
    private static WorkflowDefinition Waits() => new WorkflowBuilder("w").Key("pupil")
        .Task("a", WorkflowRole.ClassTeacher, t => t.Field("reply", FieldType.Choice, false, "yes", "no").Field("n", FieldType.Number).Outcome("ok", "pick"))
        .Decide("pick", d => d.Table("route")
            .When([new Condition("reply", ConditionOperator.In, ["yes", "no"]), new Condition("n", ConditionOperator.AtLeast, ["2"])], "days")
            .When([new Condition("reply", ConditionOperator.NotIn, ["yes"])], "date")
            .When([new Condition("n", ConditionOperator.Less, ["1"])], "yearend")
            .When([new Condition("n", ConditionOperator.Greater, ["5"])], "variable")
            .When([new Condition("n", ConditionOperator.AtMost, ["3"])], "tell")
            .Otherwise("done"))
        .Wait("days", 2, "done")
        .WaitUntil("date", new DateOnly(2027, 5, 25), "done")
        .Add(new WaitStep("yearend", null, null, "done") { UntilYearEnd = true })
        .Add(new WaitStep("variable", 0, null, "done") { UntilVariable = "n" })
        .Notify("tell", "Task.Assigned", "done", WorkflowRole.Parents, WorkflowRole.ClassTeacher)
        .End("done", "ok")
        .BuildOrThrow();
}
