import type { SelectorEntry } from './evidence';

const ALL_TWEETS = {
  'home-twitter-complete.html': 20,
  'mario-zechner-twitter.html': 9,
  'x-tweet-quote-video.html': 1,
  'x-tweet-quote.html': 1,
  'x-tweet-sample.html': 1,
} as const;

/** A post and its parts, as X renders them in timelines, on status pages and in the reply dialog. */
export const TWEET_SELECTORS = {
  tweet: {
    fallbacks: [
      // The tweet card.
      { css: 'article[data-testid="tweet"]', seen: ALL_TWEETS },
      // The same testid should X drop the <article> element.
      { css: '[data-testid="tweet"]', seen: ALL_TWEETS },
    ],
  },
  focusedTweet: {
    fallbacks: [
      // A status page's open post is the only one with tabindex -1.
      { css: 'article[data-testid="tweet"][tabindex="-1"]', seen: { 'x-tweet-sample.html': 1 } },
    ],
  },
  timelineCell: {
    fallbacks: [
      // One entry of a timeline: a post, a reply under a status page's open post, a section header.
      {
        css: '[data-testid="cellInnerDiv"]',
        seen: {
          'home-twitter-complete.html': 21,
          'mario-zechner-twitter.html': 9,
          'x-tweet-quote-video.html': 1,
          'x-tweet-quote.html': 1,
        },
      },
    ],
  },
  timelineSectionHeading: {
    fallbacks: [
      // A timeline entry that starts another section, such as "Discover more" under a status page's
      // replies: the posts after it are not replies to the open post.
      {
        css: '[data-testid="cellInnerDiv"] h2[role="heading"]',
        guess: true,
        from: 'X renders section titles of a timeline as h2 role=heading in their own cell',
      },
    ],
  },
  tweetUserName: {
    fallbacks: [
      // Name link + "@handle" link (+ the time link in timelines); quoted posts have one too.
      {
        css: '[data-testid="User-Name"]',
        seen: {
          'home-twitter-complete.html': 29,
          'mario-zechner-twitter.html': 10,
          'x-tweet-quote-video.html': 2,
          'x-tweet-quote.html': 2,
          'x-tweet-sample.html': 1,
        },
      },
    ],
  },
  tweetText: {
    fallbacks: [
      // Text with a lang attribute; emoji are <img alt>; quoted posts have one too.
      {
        css: '[data-testid="tweetText"]',
        seen: {
          'home-twitter-complete.html': 25,
          'mario-zechner-twitter.html': 10,
          'x-tweet-quote-video.html': 2,
          'x-tweet-quote.html': 2,
          'x-tweet-sample.html': 1,
        },
      },
    ],
  },
  tweetPermalinkTime: {
    fallbacks: [
      // The permalink <a href="/<handle>/status/<id>"><time datetime> (absolute or host-relative href).
      { css: 'a[href*="/status/"] time', seen: ALL_TWEETS },
    ],
  },
  statusLink: {
    fallbacks: [
      // Any link to a post: the permalink, its /photo/1 and /analytics links, links in the text.
      {
        css: 'a[href*="/status/"]',
        seen: {
          'home-twitter-complete.html': 50,
          'mario-zechner-twitter.html': 28,
          'x-tweet-quote-video.html': 2,
          'x-tweet-quote.html': 3,
          'x-tweet-sample.html': 1,
        },
      },
    ],
  },
  quotedTweet: {
    fallbacks: [
      // The quoted post is a div[role=link][tabindex=0] inside the article (its time has no link).
      {
        css: 'div[role="link"]',
        seen: {
          'home-twitter-complete.html': 25,
          'mario-zechner-twitter.html': 1,
          'x-tweet-quote-video.html': 1,
          'x-tweet-quote.html': 1,
          'x-tweet-sample.html': 1,
        },
      },
    ],
  },
  socialContext: {
    fallbacks: [
      // "<name> reposted", a link to the REPOSTER's profile, or "Pinned".
      {
        css: '[data-testid="socialContext"]',
        seen: { 'home-twitter-complete.html': 8, 'mario-zechner-twitter.html': 1 },
      },
    ],
  },
  userAvatar: {
    fallbacks: [
      // Every avatar's testid ends in its account's handle ("unknown" is X's placeholder).
      {
        css: '[data-testid^="UserAvatar-Container-"]',
        seen: {
          'home-twitter-complete.html': 36,
          'mario-zechner-twitter.html': 11,
          'x-tweet-quote-video.html': 2,
          'x-tweet-quote.html': 2,
          'x-tweet-sample.html': 1,
        },
      },
    ],
  },
  followButton: {
    fallbacks: [
      // `<numeric user id>-follow` on the Follow button of a profile header, of "Who to follow" cells
      // and of a status page's open post (its aria-label "Follow @<handle>" is localized: never used).
      {
        css: '[data-testid$="-follow"]',
        seen: { 'home-twitter-complete.html': 3, 'mario-zechner-twitter.html': 1 },
      },
      // The same button once the agent's account follows the customer.
      { css: '[data-testid$="-unfollow"]', guess: true, from: 'symmetry with like/unlike' },
    ],
  },
  replyButton: {
    fallbacks: [
      // The Reply button in a post's action bar.
      { css: '[data-testid="reply"]', seen: ALL_TWEETS },
    ],
  },
} as const satisfies Record<string, SelectorEntry>;
