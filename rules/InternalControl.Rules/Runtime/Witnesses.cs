using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Schools;

namespace InternalControl.Rules.Runtime;

/// <summary>Builds the <see cref="FactRef"/>s a firing matched (called only when a rule fires).</summary>
internal static class Witnesses
{
    public static FactRef Mark(EvalContext context, MarkRow row, int subject) =>
        new(TypeId.Mark, context.SubjectId(subject), DateOnly.FromDayNumber(row.Day), row.Value);

    public static FactRef Absence(AbsenceRow row) =>
        new(TypeId.Absence, null, DateOnly.FromDayNumber(row.Day), row.Lessons);

    public static string Code(MarkKind kind) => kind.Code();
}
