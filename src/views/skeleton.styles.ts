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
    block-size: 2rem;
    inline-size: 40%;
  }

  .bone-line {
    margin-block: 0.25rem;
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
