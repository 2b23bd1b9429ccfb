using InternalControl.Kernel.Concepts;
using InternalControl.Kernel.Diagnostics;
using InternalControl.PolicyLanguage.Syntax;

namespace InternalControl.Workflows.Definitions.Parsing;

/// <summary>
/// Where a report tag may stand twice (<see cref="ReportTag"/>). A tag names one decision table of the whole policy set,
/// overlays included: the rules call a table by its name, so a second table with the tag would let a feature read other
/// rows than the rules (<c>CompiledPolicy.TableTagged</c>). A tag names one workflow (whatever its versions) of a policy
/// file; a later file of the set (a school's overlay) may tag its own copy, which the features that start a case pick
/// (<see cref="WorkflowCatalog.LatestTagged"/>), while the reports read the cases of every workflow so tagged. A second
/// table, or a second workflow of one file, with a tag already taken is IC2110 at its tag, with the name and line of the
/// first. A table tagged with a tag of a workflow, a step or a field (not one of <see cref="ReportTag.OfTables"/>) is
/// IC2109 with the tables' tags: it would tag nothing. A workflow whose tag's feature reads its key by position, with fewer
/// key parts than that (<see cref="ReportTag.KeyPartsOf"/>), is IC2111 at its tag; one that reads a case variable its tag's
/// feature does not give is IC2112 (<see cref="TagVariableChecker"/>).
/// </summary>
public static class ReportTagChecker
{
    /// <summary>The diagnostics of the tags taken twice among <paramref name="workflows"/> and <paramref name="tables"/>, in the order they are read.</summary>
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<WorkflowSyntax> workflows, IEnumerable<TableSyntax> tables)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        ArgumentNullException.ThrowIfNull(tables);
        var all = workflows.ToList();
        var allTables = tables.ToList();
        var diagnostics = new List<Diagnostic>();
        var byWorkflow = new Dictionary<string, WorkflowSyntax>(StringComparer.Ordinal);
        foreach (var workflow in all.Where(w => w.Report is not null))
        {
            if (workflow.Key.Count < ReportTag.KeyPartsOf(workflow.Report))
            {
                diagnostics.Add(Diagnostic.Error("IC2111", workflow.ReportSpan ?? workflow.Span, "Workflows.Syntax.ReportTagKeyParts", workflow.Report, ReportTag.KeyPartsOf(workflow.Report), workflow.Name, workflow.Key.Count));
            }

            // The versions of one workflow carry its tag alike; a later file takes the tag over.
            if (byWorkflow.TryGetValue(workflow.Report!, out var first) && first.Name != workflow.Name && SameFile(first.Span, workflow.Span))
            {
                diagnostics.Add(Diagnostic.Error("IC2110", workflow.ReportSpan ?? workflow.Span, "Workflows.Syntax.ReportTagTwice", workflow.Report, first.Name, first.Span.Line));
                continue;
            }

            byWorkflow[workflow.Report!] = workflow;
        }

        var byTable = new Dictionary<string, TableSyntax>(StringComparer.Ordinal);
        foreach (var table in allTables.Where(t => t.Report is not null))
        {
            if (!ReportTag.OfTables.Contains(table.Report!))
            {
                diagnostics.Add(Diagnostic.Error("IC2109", table.ReportSpan ?? table.Span, "Workflows.Syntax.ReportTagNotOfTable", table.Report, string.Join(", ", ReportTag.OfTables)));
            }
            else if (!byTable.TryAdd(table.Report!, table))
            {
                var first = byTable[table.Report!];
                diagnostics.Add(Diagnostic.Error("IC2110", table.ReportSpan ?? table.Span, "Workflows.Syntax.ReportTagTwiceOnTables", table.Report, first.Name, first.Span.Line));
            }
        }

        diagnostics.AddRange(TagVariableChecker.Check(all, allTables));
        return diagnostics;
    }

    private static bool SameFile(SourceSpan first, SourceSpan second) => string.Equals(first.File, second.File, StringComparison.Ordinal);
}
