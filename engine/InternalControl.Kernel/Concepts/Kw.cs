namespace InternalControl.Kernel.Concepts;

/// <summary>
/// Keywords of the policy and workflow languages (the concept; each language has its own words for it). A concept id is the key of its words in the vocabulary catalogs
/// (Vocabulary.resx, WorkflowVocabulary.resx): the same in every language, so code names the concept, never a word.
/// </summary>
public static class Kw
{
    /// <summary>and (Kw.And).</summary>
    public const string And = "Kw.And";

    /// <summary>any (Kw.Any).</summary>
    public const string Any = "Kw.Any";

    /// <summary>assert (Kw.Assert).</summary>
    public const string Assert = "Kw.Assert";

    /// <summary>avg|average (Kw.Avg).</summary>
    public const string Avg = "Kw.Avg";

    /// <summary>collect (Kw.Collect).</summary>
    public const string Collect = "Kw.Collect";

    /// <summary>count (Kw.Count).</summary>
    public const string Count = "Kw.Count";

    /// <summary>country (Kw.Country).</summary>
    public const string Country = "Kw.Country";

    /// <summary>current_term (Kw.CurrentTerm).</summary>
    public const string CurrentTerm = "Kw.CurrentTerm";

    /// <summary>current_half_year (Kw.CurrentHalfYear): a counting window.</summary>
    public const string CurrentHalfYear = "Kw.CurrentHalfYear";

    /// <summary>current_year (Kw.CurrentYear): a counting window.</summary>
    public const string CurrentYear = "Kw.CurrentYear";

    /// <summary>decide (Kw.Decide).</summary>
    public const string Decide = "Kw.Decide";

    /// <summary>decision (Kw.Decision).</summary>
    public const string Decision = "Kw.Decision";

    /// <summary>disable (Kw.Disable).</summary>
    public const string Disable = "Kw.Disable";

    /// <summary>due (Kw.Due).</summary>
    public const string Due = "Kw.Due";

    /// <summary>end (Kw.End).</summary>
    public const string End = "Kw.End";

    /// <summary>escalate (Kw.Escalate).</summary>
    public const string Escalate = "Kw.Escalate";

    /// <summary>exists (Kw.Exists).</summary>
    public const string Exists = "Kw.Exists";

    /// <summary>expect (Kw.Expect).</summary>
    public const string Expect = "Kw.Expect";

    /// <summary>extends (Kw.Extends).</summary>
    public const string Extends = "Kw.Extends";

    /// <summary>fact (Kw.Fact).</summary>
    public const string Fact = "Kw.Fact";

    /// <summary>false (Kw.False).</summary>
    public const string False = "Kw.False";

    /// <summary>field (Kw.Field).</summary>
    public const string Field = "Kw.Field";

    /// <summary>fired (Kw.Fired).</summary>
    public const string Fired = "Kw.Fired";

    /// <summary>first (Kw.First).</summary>
    public const string First = "Kw.First";

    /// <summary>for (Kw.For).</summary>
    public const string For = "Kw.For";

    /// <summary>given (Kw.Given).</summary>
    public const string Given = "Kw.Given";

    /// <summary>hit (Kw.Hit).</summary>
    public const string Hit = "Kw.Hit";

    /// <summary>in (Kw.In).</summary>
    public const string In = "Kw.In";

    /// <summary>input (Kw.Input).</summary>
    public const string Input = "Kw.Input";

    /// <summary>join (Kw.Join).</summary>
    public const string Join = "Kw.Join";

    /// <summary>key (Kw.Key).</summary>
    public const string Key = "Kw.Key";

    /// <summary>last_school_days (Kw.LastSchoolDays): a counting window of the last N school days.</summary>
    public const string LastSchoolDays = "Kw.LastSchoolDays";

    /// <summary>let (Kw.Let): a named measure.</summary>
    public const string Let = "Kw.Let";

    /// <summary>max (Kw.Max).</summary>
    public const string Max = "Kw.Max";

    /// <summary>min (Kw.Min).</summary>
    public const string Min = "Kw.Min";

    /// <summary>none (Kw.None).</summary>
    public const string None = "Kw.None";

    /// <summary>not (Kw.Not).</summary>
    public const string Not = "Kw.Not";

    /// <summary>notified (Kw.Notified).</summary>
    public const string Notified = "Kw.Notified";

    /// <summary>notify (Kw.Notify).</summary>
    public const string Notify = "Kw.Notify";

    /// <summary>now (Kw.Now).</summary>
    public const string Now = "Kw.Now";

    /// <summary>once (Kw.Once).</summary>
    public const string Once = "Kw.Once";

    /// <summary>or (Kw.Or).</summary>
    public const string Or = "Kw.Or";

    /// <summary>otherwise (Kw.Otherwise).</summary>
    public const string Otherwise = "Kw.Otherwise";

    /// <summary>outcome (Kw.Outcome).</summary>
    public const string Outcome = "Kw.Outcome";

    /// <summary>output (Kw.Output).</summary>
    public const string Output = "Kw.Output";

    /// <summary>parallel (Kw.Parallel).</summary>
    public const string Parallel = "Kw.Parallel";

    /// <summary>parameter (Kw.Parameter).</summary>
    public const string Parameter = "Kw.Parameter";

    /// <summary>policy (Kw.Policy).</summary>
    public const string Policy = "Kw.Policy";

    /// <summary>priority (Kw.Priority).</summary>
    public const string Priority = "Kw.Priority";

    /// <summary>title (Kw.Title): a rule's title in one language, `title ky "..."`.</summary>
    public const string Title = "Kw.Title";

    /// <summary>assignee (Kw.Assignee): the case variable that names a task's member of staff, `task ROLE assignee VARIABLE`.</summary>
    public const string Assignee = "Kw.Assignee";

    /// <summary>ask (Kw.Ask): a step whose messages ask their recipient something (the parent's page lists them).</summary>
    public const string Ask = "Kw.Ask";

    /// <summary>register (Kw.Register).</summary>
    public const string Register = "Kw.Register";

    /// <summary>report (Kw.Report).</summary>
    public const string Report = "Kw.Report";

    /// <summary>remind (Kw.Remind).</summary>
    public const string Remind = "Kw.Remind";

    /// <summary>required (Kw.Required).</summary>
    public const string Required = "Kw.Required";

    /// <summary>rule (Kw.Rule).</summary>
    public const string Rule = "Kw.Rule";

    /// <summary>rule_order (Kw.RuleOrder).</summary>
    public const string RuleOrder = "Kw.RuleOrder";

    /// <summary>set (Kw.Set).</summary>
    public const string Set = "Kw.Set";

    /// <summary>start (Kw.Start).</summary>
    public const string Start = "Kw.Start";

    /// <summary>started (Kw.Started).</summary>
    public const string Started = "Kw.Started";

    /// <summary>step (Kw.Step).</summary>
    public const string Step = "Kw.Step";

    /// <summary>sum (Kw.Sum).</summary>
    public const string Sum = "Kw.Sum";

    /// <summary>table (Kw.Table).</summary>
    public const string Table = "Kw.Table";

    /// <summary>task (Kw.Task).</summary>
    public const string Task = "Kw.Task";

    /// <summary>template (Kw.Template).</summary>
    public const string Template = "Kw.Template";

    /// <summary>test (Kw.Test).</summary>
    public const string Test = "Kw.Test";

    /// <summary>then (Kw.Then).</summary>
    public const string Then = "Kw.Then";

    /// <summary>to (Kw.To).</summary>
    public const string To = "Kw.To";

    /// <summary>true (Kw.True).</summary>
    public const string True = "Kw.True";

    /// <summary>unique (Kw.Unique).</summary>
    public const string Unique = "Kw.Unique";

    /// <summary>until (Kw.Until).</summary>
    public const string Until = "Kw.Until";

    /// <summary>version (Kw.Version).</summary>
    public const string Version = "Kw.Version";

    /// <summary>wait (Kw.Wait).</summary>
    public const string Wait = "Kw.Wait";

    /// <summary>when (Kw.When).</summary>
    public const string When = "Kw.When";

    /// <summary>where (Kw.Where).</summary>
    public const string Where = "Kw.Where";

    /// <summary>workflow (Kw.Workflow).</summary>
    public const string Workflow = "Kw.Workflow";
}
