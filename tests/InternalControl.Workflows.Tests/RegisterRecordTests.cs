using InternalControl.Testing.Databases;

namespace InternalControl.Workflows.Tests;

/// <summary>No. 97 6.5: the registers are the completed tasks of the steps that name them, read from the journal on either database.</summary>
public sealed class RegisterRecordTests
{
    [Theory]
    [ClassData(typeof(Backends))]
    public void Register_CompletedIndividualWork_IsOneRecordOfTheSubjectTeachersWorkWithItsPupilAndForm(Backend backend)
    {
        // Arrange: 5.1-5.9, the subject teacher's individual work is done (its step names the register subject_teacher_work).
        using var f = new WorkflowFixture(backend);
        var runtime = f.Runtime();
        var caseId = runtime.Start(TestWorkflows.LowAchiever, WorkflowFixture.Pupil(1), "5.7").CaseId;
        var task = LowAchieverFlowTests.Single(runtime, "individual_work", caseId);
        runtime.Complete(task.Id, "improved", new Dictionary<string, string> { ["measures"] = "extra lessons" }, Some.MathTeacher);

        // Act
        var today = runtime.Register("subject_teacher_work", f.Today, f.Today);
        var before = runtime.Register("subject_teacher_work", f.Today.AddDays(-30), f.Today.AddDays(-1));
        var visits = runtime.Register("home_visit", f.Today, f.Today);

        // Assert
        var record = Assert.Single(today);
        Assert.Equal((caseId, "P1", "MATH", Some.MathTeacher, "individual_work", "improved", f.Today),
            (record.CaseId, record.PupilId, record.SubjectId, record.Actor, record.Step, record.Outcome, record.Day));
        Assert.Equal("extra lessons", record.Data["measures"]);
        Assert.Empty(before);
        Assert.Empty(visits);
    }
}
