import type { GrowthCatalog } from './schema.js';

/**
 * What to aim for after the first ML job, in three stages. The stages follow the 2025 roadmap's
 * "beyond the first job" section; the goals are ours, made concrete enough to check.
 */
export const growth: GrowthCatalog = {
  source: {
    title: 'How to Become a Machine Learning Engineer Without a Degree - Complete 2025 Roadmap',
    publisher: 'AIcourseUSA',
    year: 2025,
  },
  stages: [
    {
      id: 'years-1-2',
      title: 'Years 1–2: learn everything you can',
      fromYear: 0,
      toYear: 2,
      focus:
        'Go deep on the technical side, put yourself on work that matters to the business, and build relationships inside the company while you keep learning.',
      goals: [
        {
          id: 'ship-a-model-to-production',
          title: 'Own one model from data to production',
          why: 'Carrying a model through data, training, evaluation, deployment and monitoring at work is the experience that turns a career switcher into an ML engineer on paper and in practice.',
          signal:
            'A model you built or rebuilt serves real traffic, and you can name its metric before and after.',
        },
        {
          id: 'master-the-stack',
          title: "Learn the team's stack and codebase deeply",
          why: 'Knowing the data warehouse, the pipelines and the deployment path well makes you fast and makes people come to you with questions.',
          signal:
            'You have fixed bugs or added features in at least three parts of the ML system without help.',
        },
        {
          id: 'join-high-impact-work',
          title: 'Get onto a project the business cares about',
          why: 'Visible, high-impact work teaches more and is what promotion discussions are built on.',
          signal:
            'You contributed to a project that leadership tracks, and your part of it is written down.',
        },
        {
          id: 'build-internal-relationships',
          title: 'Build relationships beyond your own team',
          why: 'Product managers, data engineers and domain experts decide what data you get and which problems you work on.',
          signal:
            'You have regular contact with at least three people outside your team who ask for your input.',
        },
        {
          id: 'keep-a-learning-habit',
          title: 'Keep a weekly learning habit',
          why: 'The tools change every year; a few protected hours each week keep you current without disrupting delivery.',
          signal:
            'You spent some hours on learning in most weeks of the last quarter and applied one new technique at work.',
        },
      ],
    },
    {
      id: 'years-3-5',
      title: 'Years 3–5: specialize and lead',
      fromYear: 2,
      toYear: 5,
      focus:
        'Become the person the team relies on for one area, start leading others, shape technical decisions and connect your work to where the company is going.',
      goals: [
        {
          id: 'become-the-area-expert',
          title: 'Become the go-to expert for one area',
          why: 'Depth in one area (ranking, forecasting, evaluation, serving) makes you hard to replace and gives you a clear story for the next role.',
          signal:
            'Colleagues from other teams come to you for that area, and you wrote the internal guide on it.',
        },
        {
          id: 'mentor-juniors',
          title: 'Mentor junior engineers',
          why: 'Helping others grow multiplies your impact, and it is expected before a senior promotion.',
          signal:
            'You have mentored at least one junior engineer for six months or more and they shipped something on their own.',
        },
        {
          id: 'drive-architecture-decisions',
          title: 'Drive architecture decisions',
          why: 'Choosing how systems are built, and writing down why, is the core of senior engineering work.',
          signal: 'You wrote and defended at least one design document that the team adopted.',
        },
        {
          id: 'shape-the-roadmap',
          title: 'Contribute to team and company strategy',
          why: 'Engineers who can tie ML work to business goals get to choose which problems they work on.',
          signal:
            'A project on the roadmap started from your proposal, with an estimate of its business impact.',
        },
      ],
    },
    {
      id: 'years-5-plus',
      title: 'Years 5+: senior leadership',
      fromYear: 5,
      toYear: null,
      focus:
        'Lead technically across teams, grow the team itself, and build a reputation outside the company.',
      goals: [
        {
          id: 'technical-leadership',
          title: 'Take a technical leadership role',
          why: 'Staff, principal or lead roles set direction for several teams and their systems.',
          signal:
            'You hold a lead or staff role, or you set the technical direction for an area spanning several teams.',
        },
        {
          id: 'cross-functional-work',
          title: 'Lead work across functions',
          why: 'The largest ML projects need product, data, legal and operations to move together.',
          signal:
            'You led a project that needed at least three functions to deliver, and it shipped.',
        },
        {
          id: 'hire-and-build-teams',
          title: 'Hire and build the team',
          why: 'The people you bring in shape what the team can do long after any one project ends.',
          signal: 'You interview regularly, helped design the hiring loop and onboarded new hires.',
        },
        {
          id: 'industry-presence',
          title: 'Build a presence in the industry',
          why: 'Talks, writing and open-source work bring opportunities, recruits and influence outside your company.',
          signal:
            'You gave a public talk, published technical writing or maintain an open-source project in your area.',
        },
        {
          id: 'pay-it-forward',
          title: 'Open the door for other career switchers',
          why: 'You know the path from the inside; mentoring switchers is rewarding and widens the hiring pool.',
          signal: 'You mentored someone through a switch into ML or ran a learning group for them.',
        },
      ],
    },
  ],
};
