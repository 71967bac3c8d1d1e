import {css} from 'lit';

/** Styles of the loading skeleton's bones (views/skeleton.ts). */
export const skeletonStyles = css`
  .bone {
    display: block;
    block-size: 1rem;
    inline-size: 60%;
    border-radius: 6px;
    background: var(--_bone);
    animation: pulse 1.4s ease-in-out infinite;
  }

  .bone-status {
    block-size: calc(var(--_status-size) * 1.1);
    inline-size: 40%;
  }

  .bone-line {
    block-size: 1em;
    margin-block: 0.25em;
  }

  .bone.short {
    inline-size: 35%;
  }

  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
