using InternalControl.Kernel.Plans;
using InternalControl.Storage.Database;

namespace InternalControl.Storage.Plans;

/// <summary>The schools' internal control plans (table plan_controls, migration 2601). Reached as <c>SchoolDatabase.Plans</c>.</summary>
public interface IPlanStore
{
    /// <summary>The school's plan in the order its file lists it; empty when the school imported none.</summary>
    IReadOnlyList<PlanControl> Load(long schoolId);
}

/// <summary>The plan store on SQLite and PostgreSQL (the same SQL on both).</summary>
internal sealed class SqlPlanStore(SchoolDatabase database) : IPlanStore
{
    /// <summary>Replaces the school's plan inside an import's transaction (the whole plan is one file).</summary>
    internal const string DeleteSql = "DELETE FROM plan_controls WHERE school_id = @school";

    internal const string InsertSql = """
        INSERT INTO plan_controls (school_id, control_id, position, direction, topic, object_kind, object_id, sheet, months,
            responsible_id, venue, output, second_month)
        VALUES (@school, @p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)
        """;

    /// <inheritdoc/>
    public IReadOnlyList<PlanControl> Load(long schoolId)
    {
        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT control_id, direction, topic, object_kind, object_id, sheet, months, responsible_id, venue, output, second_month
            FROM plan_controls WHERE school_id = @school ORDER BY position
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@school";
        parameter.Value = schoolId;
        command.Parameters.Add(parameter);
        using var reader = command.ExecuteReader();
        var plan = new List<PlanControl>();
        while (reader.Read())
        {
            PlanCodes.TryParseObjectKind(reader.GetString(3), out var kind);
            PlanCodes.TryParseMonths(reader.GetString(6), out var months);
            PlanCodes.TryParseVenue(reader.GetString(8), out var venue);
            PlanCodes.TryParseOutput(reader.GetString(9), out var output);
            plan.Add(new PlanControl(
                reader.GetString(0),
                Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                reader.GetString(2),
                kind,
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                months ?? [],
                reader.GetString(7),
                venue,
                output,
                reader.IsDBNull(10) ? null : Convert.ToInt32(reader.GetValue(10), System.Globalization.CultureInfo.InvariantCulture)));
        }

        return plan;
    }
}
