namespace InternalControl.Application.Dashboards;

/// <summary>One sheet of the decision matrix on the dashboard: how many objects stand in each group (seed 000 §3.2-3.3).</summary>
/// <param name="Sheet">The sheet's code ("III.1").</param>
/// <param name="Title">The key of the sheet's title.</param>
/// <param name="A">Objects in group A (the indicator absent).</param>
/// <param name="B">Objects in group B (occasional).</param>
/// <param name="C">Objects in group C (systematic).</param>
public sealed record MatrixSheetCount(string Sheet, string Title, int A, int B, int C);
