namespace InternalControl.Application.Import;

/// <summary>What an import would do to one file's rows, against what the school holds.</summary>
/// <param name="Entity">The entity (classes, staff, pupils, ...: <see cref="ImportOutcome.Entities"/>).</param>
/// <param name="Added">Rows whose key the school does not hold yet.</param>
/// <param name="Changed">Rows whose key the school holds with other values.</param>
/// <param name="Unchanged">Rows the school already holds as they are.</param>
public sealed record ImportChange(string Entity, int Added, int Changed, int Unchanged)
{
    /// <summary>All the rows of the file.</summary>
    public int Rows => Added + Changed + Unchanged;
}
